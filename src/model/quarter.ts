// Reports are keyed by quarter, not by date: the Q2 report is often submitted in July.
import { DateTime } from "luxon";
import { type CalendarDate, fromDateTime, toDateTime } from "./calendar-date.ts";

export type QuarterNumber = 1 | 2 | 3 | 4;

const QUARTER_ID = /^(\d{4})-[Qq]([1-4])$/;

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
    const dt = toDateTime(day);
    return new Quarter(dt.year, dt.quarter as QuarterNumber);
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

  get firstDay(): CalendarDate {
    return fromDateTime(DateTime.utc(this.year, (this.number - 1) * 3 + 1, 1));
  }

  get lastDay(): CalendarDate {
    return fromDateTime(DateTime.utc(this.year, this.number * 3, 1).endOf("month"));
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
