/**
 * The core's heavy steps (validate/total/fill/summary plan, masks, skeleton plan), fetched as their own chunk:
 * the pane paints without them and loads them right after first paint, before anyone can click 一键生成.
 */
export { scanMasks } from '../core/masks';
export { runPipeline } from '../core/pipeline';
export { buildSkeletonPlan } from '../core/skeleton-plan';
export { summaryView } from './summary-figures';
