import type { ICAL } from './ical';

/**
 * Text from users (a title pasted from a PDF, a trip file from someone else) may hold control
 * characters. In a calendar or vCard line a bare CR is a line break to readers that split on
 * it, so `Lunch\rSTATUS:CANCELLED` would inject a property; ical.js escapes only LF. Every text
 * value written to ICS or vCard goes through here: any line break (CR LF, lone CR, NEL, U+2028,
 * U+2029) becomes LF, which the writer escapes as `\n`; other control characters are dropped
 * (RFC 5545 and 2426 allow none in text but the tab).
 */
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function plainText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '');
}

/** Clean every string value of every property of `component` and its subcomponents. */
export function cleanTextValues(component: ICAL.Component): ICAL.Component {
  for (const property of component.getAllProperties()) {
    const values = property.getValues() as unknown[];
    if (!values.some(hasString)) continue;
    // setValues is refused for properties that are not multi-valued (UID, VERSION, SUMMARY, …).
    if (values.length === 1) property.setValue(clean(values[0]) as never);
    else property.setValues(values.map(clean) as never);
  }
  for (const child of component.getAllSubcomponents()) cleanTextValues(child);
  return component;
}

function hasString(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.some(hasString));
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return plainText(value);
  return Array.isArray(value) ? value.map(clean) : value;
}
