import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMarkup, markupKind } from '../../../src/lib/sources/markup.ts';
import { corpusFiles, corpusPath } from '../../corpus.ts';

const cells =
  '<table><tr><td>规章</td><td>0</td></tr><tr><td>行政规范性文件</td><td>7</td></tr></table>';

describe('markupKind', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'page'],
    ['<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">', 'page'],
    ['  <meta charset="gbk"><p>一</p>', 'page'],
    [`<div class=TRS_Editor><p>二、主动公开</p>${cells}</div>`, 'fragment'],
  ])('markupKind(%j) = %j', (text, kind) => {
    expect(markupKind(text)).toBe(kind);
  });

  it.each([
    ['prose naming tags', '统计表用<table>标签排版，<td>单元格与<tr>行一一对应，</td>不再合并。'],
    [
      'Word residue in crawled text',
      '二、主动公开政府信息情况<!--[if !supportLists]-->1.<!--[endif]-->规章0件',
    ],
    ['book-title brackets', '《关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》'],
    ['comparisons', '当 a<b 且 c>d 时，数字 3<5>2 不是标签'],
  ])('markupKind(%s) is null', (_name, text) => {
    expect(markupKind(text)).toBeNull();
  });
});

describe('findMarkup', () => {
  it("findMarkup(document.write('…') script) returns the HTML its strings write", () => {
    const script = `document.write('<div><p>二、主动公开</p>');\ndocument.write("${cells.replace(/"/g, '\\"')}");\ndocument.write('<\\/div>');`;
    expect(findMarkup(script)).toEqual({
      kind: 'script',
      html: `<div><p>二、主动公开</p>${cells}</div>`,
    });
  });

  it('findMarkup(page whose report is set by innerHTML) puts the written HTML in place of the script', () => {
    const report = `<p>一、总体情况本年度共收到申请3件。二、主动公开政府信息情况</p>${cells}`;
    const page = `<html><head><title>年报</title></head><body><div>首页</div><div id="zoom"></div><script>var c = '${report}';document.getElementById('zoom').innerHTML = c;</script></body></html>`;
    const found = findMarkup(page);
    expect(found?.kind).toBe('script');
    expect(found?.html).toContain(`<div id="zoom"></div>${report}</body>`);
  });

  it('findMarkup(page with a small script that writes a menu) keeps the page as it is', () => {
    const page = `<html><body><p>一、总体情况本年度共收到申请3件，均已答复。</p>${cells}<script>document.write('<ul><li>首页</li><li>年报</li></ul><p>菜单</p><p>x</p>');</script></body></html>`;
    expect(findMarkup(page)).toEqual({ kind: 'page', html: page });
  });

  it.each([
    ['a script that writes plain words', "document.write('本报告数字以正文为准');"],
    ['prose quoting code', "示例：var x = '统计表'; 以上为网站代码。"],
    ['plain text', '一、总体情况\n本年度共收到申请3件。'],
  ])('findMarkup(%s) is null', (_name, text) => {
    expect(findMarkup(text)).toBeNull();
  });

  it('findMarkup(every text report of the corpus) is null: residue and <书名> are not markup', () => {
    const texts = [
      ...corpusFiles('raw', /\.(txt|md)$/).map((f) => `raw/${f}`),
      ...corpusFiles('unlabelled', /\.txt$/).map((f) => `unlabelled/${f}`),
    ];
    expect(texts.length).toBeGreaterThan(120);
    const markup = texts.filter((f) => findMarkup(readFileSync(corpusPath(f), 'utf8')));
    expect(markup).toEqual([]);
  });

  it('findMarkup(the corpus HTML) finds both pages as fragments', () => {
    for (const f of readdirSync(corpusPath('html')).filter((f) => f.endsWith('.html')))
      expect(findMarkup(readFileSync(corpusPath(`html/${f}`), 'utf8'))?.kind).toBe('fragment');
  });
});
