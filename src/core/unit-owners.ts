/**
 * Which units owe an indicator's figure, from the catalogue's 责任部门/责任单位 (owner) text. A street collects some
 * indicators from every community and others from one department (`财政所`): a department's sheet holds only its
 * own rows, and a community's sheet has none of the department's. Where the owner names unit sheets (`财政所`,
 * `和平社区、光明社区`) or a kind of them (`各社区`: every unit whose name has 社区), only those units owe the figure:
 * the others lacking its row is no mistake, and the total is complete without them. Any other owner (`党建办`, a
 * department with no sheet of its own) or none leaves it owed by every unit, as before.
 */

/** Between the names of an owner text: `、` `,` `，` `;` `；` `/` and spaces. */
const OWNER_SEPARATORS = /[、,，;；/\s\u3000]+/;

/** Whether an owner text names this sheet: by its name, or `各社区` for a name with 社区 in it. */
export function ownerNames(owner: string, sheetName: string): boolean {
  for (const token of owner.split(OWNER_SEPARATORS)) {
    if (token === '') continue;
    if (token === sheetName) return true;
    if (token.length > 1 && token.startsWith('各') && sheetName.includes(token.slice(1))) return true;
  }
  return false;
}

export class UnitOwners {
  private readonly byOwner = new Map<string, Uint8Array | null>();
  private readonly naming = new Map<string, boolean>();

  constructor(
    private readonly unitNames: readonly string[],
    /** Sheets judged units but not read: an owner may name one of them alone (a 财政所 whose header is wrong). */
    private readonly unreadNames: readonly string[] = [],
  ) {}

  /**
   * Per unit (in unit order), 1 where it owes the figure; null when every unit does: no owner, an owner naming no
   * sheet, or one naming every unit read. An owner naming only unread sheets gives all 0: no unit read owes it.
   */
  expectedOf(owner: string): Uint8Array | null {
    if (owner === '') return null;
    let expected = this.byOwner.get(owner);
    if (expected === undefined) {
      const flags = new Uint8Array(this.unitNames.length);
      let owing = 0;
      for (let u = 0; u < flags.length; u++) {
        if (ownerNames(owner, this.unitNames[u])) {
          flags[u] = 1;
          owing++;
        }
      }
      expected = owing === flags.length || (owing === 0 && !this.namesSheets(owner)) ? null : flags;
      this.byOwner.set(owner, expected);
    }
    return expected;
  }

  /** Whether the owner names any unit sheet, read or not: then only the sheets it names owe the figure. */
  namesSheets(owner: string): boolean {
    if (owner === '') return false;
    let names = this.naming.get(owner);
    if (names === undefined) {
      names =
        this.unitNames.some((name) => ownerNames(owner, name)) ||
        this.unreadNames.some((name) => ownerNames(owner, name));
      this.naming.set(owner, names);
    }
    return names;
  }
}
