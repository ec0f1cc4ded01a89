/**
 * The font configuration file (`--fonts <file>`): which TrueType file draws each role of
 * the PDF, so an office can use its own licensed fonts (e.g. a 仿宋 TTF) instead of the
 * bundled Noto files. Every role is optional; paths are relative to the file.
 */
import { z } from 'zod';
import { msg } from '../text/msg.js';

const ttfPath = z
  .string({ error: msg`应为字体文件路径` })
  .regex(/\.ttf$/i, { error: msg`只支持静态 TrueType 字体文件（.ttf）` });

export const fontConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  body: ttfPath.optional().describe(msg`正文（仿宋）`),
  bodyBold: ttfPath.optional().describe(msg`正文粗体`),
  heading1: ttfPath.optional().describe(msg`一级标题（黑体）`),
  heading2: ttfPath.optional().describe(msg`二级标题（楷体）`),
  title: ttfPath.optional().describe(msg`文件标题（小标宋）`),
});

