// The editor's script, the chunks it loads beside itself and its fonts, from the npm packages (src/editor/assets.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { editorFiles, type EditorFile } from '../../editor/assets.ts';

export const getStaticPaths = (() => editorFiles().map((file) => ({ params: { asset: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: EditorFile };
  return new Response(new Uint8Array(file.bytes()), { headers: { 'Content-Type': file.type } });
};
