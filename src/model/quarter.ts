// Reports are keyed by quarter, not by date: the Q2 report is often submitted in July.
import type { CalendarDate } from "./calendar-date.ts";

export type QuarterNumber = 1 | 2 | 3 | 4;

const QUARTER_ID = /^(\d{4})-[Qq]([1-4])$/;
const FIRST_MONTH = { 1: "01", 2: "04", 3: "07", 4: "10" } as const;
const LAST_DAY = { 1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31" } as const;

export class Quarter {
  private constructor(
    readonly year: number,
    readonly number: QuarterNumber,
  ) {}

  static of(year: number, number: QuarterNumber): Quarter {
    return new Quarter(year, number);
  }

  /** Parses `2019-Q2`; the lower-case `2019-q2` of URLs is accepted too. */
  static parse(text: string): Quarter | undefined {
    const match = QUARTER_ID.exec(text);
    if (!match) return undefined;
    return new Quarter(Number(match[1]), Number(match[2]) as QuarterNumber);
  }

  static containing(day: CalendarDate): Quarter {
    const month = Number(day.slice(5, 7));
    return new Quarter(Number(day.slice(0, 4)), Math.ceil(month / 3) as QuarterNumber);
  }

  /** `2019-Q2`: the form used in file names and front-matter. */
  get id(): string {
    return `${this.year}-Q${this.number}`;
  }

  /** `2019-q2`: the form used in URLs. */
  get slug(): string {
    return `${this.year}-q${this.number}`;
  }

  /** `Q2 2019`: the form readers see. */
  get label(): string {
    return `Q${this.number} ${this.year}`;
  }

  // Quarters' bounds never vary with the calendar's quirks (Q1 ends March 31, even in leap years),
  // so they are written out rather than computed through luxon on every contains().
  get firstDay(): CalendarDate {
    return `${this.year}-${FIRST_MONTH[this.number]}-01` as CalendarDate;
  }

  get lastDay(): CalendarDate {
    return `${this.year}-${LAST_DAY[this.number]}` as CalendarDate;
  }

  next(): Quarter {
    return this.number === 4 ? new Quarter(this.year + 1, 1) : new Quarter(this.year, (this.number + 1) as QuarterNumber);
  }

  previous(): Quarter {
    return this.number === 1 ? new Quarter(this.year - 1, 4) : new Quarter(this.year, (this.number - 1) as QuarterNumber);
  }

  /** Calendar days compare correctly as ISO strings, so no time zone is ever involved. */
  contains(day: CalendarDate): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  /** A sortable index: quarters since year 0. */
  get ordinal(): number {
    return this.year * 4 + (this.number - 1);
  }

  compare(other: Quarter): number {
    return this.ordinal - other.ordinal;
  }

  equals(other: Quarter): boolean {
    return this.ordinal === other.ordinal;
  }

  /** Every quarter from this one to `last`, both included. */
  until(last: Quarter): Quarter[] {
    const out: Quarter[] = [];
    for (let q: Quarter = this; q.ordinal <= last.ordinal; q = q.next()) out.push(q);
    return out;
  }

  toString(): string {
    return this.id;
  }

  toJSON(): string {
    return this.id;
  }
}
