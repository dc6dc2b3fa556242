import { describe, expect, it } from 'vitest';
import {
  narrativeSignature,
  proseForSignature,
  signatureSimilarity,
} from '../../../src/lib/extract/signature.ts';

const base =
  '根据《中华人民共和国政府信息公开条例》的要求，特向社会公布本年度政府信息公开工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、' +
  '存在的主要问题和改进措施等部分组成。我局综合科作为处理政府信息公开事务的责任机构，负责全局政府信息公开的日常工作，认真组织贯彻条例，充实公开信息内容，编制政府信息公开指南，' +
  '并对我局产生的政府信息进行清理。一是在局办公楼设立政府信息公开栏，为公众提供主动公开的政府信息。二是通过政府信息公开网站进行公开。';

describe('narrativeSignature', () => {
  it('narrativeSignature(text) is 64 hashes of 8 hex digits, and "" for short texts', () => {
    expect(narrativeSignature(base)).toMatch(/^[0-9a-f]{512}$/);
    expect(narrativeSignature('太短了')).toBe('');
  });

  it('signatureSimilarity(same text with other years and counts) is 1: digits are masked', () => {
    const a = narrativeSignature(`2009年，本局共主动公开政府信息6条。${base}`);
    const b = narrativeSignature(`2010年，本局共主动公开政府信息31条。${base}`);
    expect(signatureSimilarity(a, b)).toBe(1);
  });

  it('signatureSimilarity(a different report) is low', () => {
    const other =
      '本年度，区政府坚持以人民为中心的发展思想，围绕优化营商环境、保障改善民生等重点工作，扎实推进决策、执行、管理、服务、结果公开，深化重点领域信息公开，' +
      '加强政策解读和回应关切，全面提升政务公开标准化规范化水平，推动政务新媒体健康有序发展，持续优化政府网站集约化平台建设，不断增强政府公信力和执行力。' +
      '同时，严格落实保密审查制度，完善信息公开工作制度体系，健全信息发布协调机制，畅通依申请公开渠道，规范答复文书格式，强化业务培训与监督考核，确保各项任务落到实处、取得实效。';
    expect(signatureSimilarity(narrativeSignature(base), narrativeSignature(other))!).toBeLessThan(
      0.2,
    );
    expect(signatureSimilarity('', narrativeSignature(base))).toBeNull();
  });

  it('proseForSignature(text) drops whitespace and punctuation and masks digits', () => {
    expect(proseForSignature('2023年，共 81 件。')).toBe('#年共#件');
  });
});
