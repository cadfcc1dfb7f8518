/** The chunk behind `later.ts`: what the pane shows only after first paint. */
export { JobProgress } from './components/JobProgress';
export { ResultsPanel } from './components/ResultsPanel';
export { SkeletonForm } from './components/SkeletonForm';
export { StatusMessages } from './components/StatusMessages';
export { SettingsForm } from './components/SettingsForm';
