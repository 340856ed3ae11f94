/**
 * Output values whose numbers JSON.parse cannot hold (`1e400` becomes Infinity, written `null`; a
 * 300-digit integer is rounded), with the text the report must give for each, and a plan that
 * holds them, written by hand since JSON.stringify cannot write such numbers.
 */

/** 300 digits. */
export const BIG_INTEGER = `${'123456789'.repeat(33)}123`;

/** Output values as a plan may write them (indented, as `show -json` never does, for good measure). */
export const NUMBER_OUTPUTS: Record<string, { text: string; reported: string }> = {
  huge: { text: '1e400', reported: '1e400' },
  huge_negative: { text: '-1E+400', reported: '-1E+400' },
  tiny: { text: '-1e-400', reported: '-1e-400' },
  big_integer: { text: BIG_INTEGER, reported: BIG_INTEGER },
  big_negative: { text: `-${BIG_INTEGER}`, reported: `-${BIG_INTEGER}` },
  long_fraction: { text: `0.${BIG_INTEGER}`, reported: `0.${BIG_INTEGER}` },
  price: { text: '12.50', reported: '12.50' },
  plain: { text: '42', reported: '42' },
  nested: {
    text: `{ "n" : [ 1e400, ${BIG_INTEGER},\n 12.50 ],\n  "s": "\\u003cb\\u003e \\/ \\n" , "10": true, "9": null }`,
    reported: `{"n":[1e400,${BIG_INTEGER},12.50],"s":"<b> / \\n","10":true,"9":null}`,
  },
  number_as_string: { text: '"1e400"', reported: '1e400' },
};

/** A plan whose output_changes hold `outputs` (name -> JSON text of `after`), written by hand. */
export function planWithOutputs(outputs: Record<string, string>): string {
  const changes = Object.entries(outputs).map(
    ([name, after]) =>
      `    ${JSON.stringify(name)}: {\n      "actions": ["create"],\n      "after": ${after},\n      "after_unknown": false,\n      "after_sensitive": false\n    }`,
  );
  return `{\n  "format_version": "1.2",\n  "terraform_version": "1.9.0",\n  "resource_changes": [],\n  "output_changes": {\n${changes.join(',\n')}\n  }\n}\n`;
}
