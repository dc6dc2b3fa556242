import { describe, expect, it } from 'vitest';
import { scriptStrings } from '../../../src/lib/sources/scriptStrings.ts';

describe('scriptStrings', () => {
  it.each([
    [`'a' + "b" + \`c\``, ['a', 'b', 'c']],
    [String.raw`'it\'s <\/td>'`, ["it's </td>"]],
    [String.raw`"\u653f\u5e9c \x41 \u{5e9c}"`, ['政府 A 府']],
    [String.raw`'line\nbreak\ttab\\'`, ['line\nbreak\ttab\\']],
    ["'joined \\\nline'", ['joined line']],
    ['`a${x}b`', ['ab']],
    ["// 'not a string'\n'/* kept */'", ['/* kept */']],
    ["/* 'no' */ 'yes'", ['yes']],
  ])('scriptStrings(%j).values = %j', (script, values) => {
    expect(scriptStrings(script).values).toEqual(values);
  });

  it("scriptStrings(prose with an apostrophe) finds no literal across lines: it's data", () => {
    const { values, code } = scriptStrings("it's a report\n本年度共收到申请3件");
    expect(values).toEqual([]);
    expect(code).toContain('本年度共收到申请3件');
  });

  it('scriptStrings(code).code keeps the code and blanks the literals', () => {
    expect(scriptStrings(`document.write('<p>x</p>');`).code).toBe('document.write( );');
  });
});
