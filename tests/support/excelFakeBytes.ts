/**
 * The size of a request and of its response as Office.js sends them, estimated from the shape of its
 * JSON: each action is an object like {"Id":7,"ActionType":4,"Name":"Values","ObjectPathId":5,
 * "ArgumentInfo":{"Arguments":[…]}}, each proxy object (a sheet, a range, a format) adds an object
 * path of the same shape, and each loaded object comes back as {"ActionId":9,"Value":{…}}. The
 * arguments and loaded values count as their JSON. Excel on the web refuses either direction over
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded — "Resource limits and
 * performance optimization for Office Add-ins", "Excel add-ins"; "Error handling with the
 * application-specific JavaScript APIs").
 */
/** Ids, type and name of an action; its arguments (with the fake's own labels) are added as JSON. */
export const ACTION_BYTES = 60;
/** The same for an object path. */
export const PATH_BYTES = 70;
export const RESULT_BYTES = 40;
/** "Excel on the web has a payload size limit for requests and responses of 5MB." */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** "A range is limited to 5,000,000 cells for read operations." */
export const READ_CELL_LIMIT = 5_000_000;

const encoder = new TextEncoder();

/** UTF-8 length of a value's JSON, in Node and in the browser page that runs the pane against the fake. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}
