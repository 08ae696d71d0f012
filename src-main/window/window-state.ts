/**
 * Remembers where the main window was (size, position, maximised) across launches.
 * Pure except for reading/writing one JSON file; the saved bounds are only reused if they
 * are still visible on a connected display (a laptop unplugged from its office monitor
 * must not open the window off-screen).
 */
import { promises as fs } from 'node:fs';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 640 };

/** How much of the window must lie on some display for the saved position to be reused. */
const MIN_VISIBLE_PX = 120;

function overlap(a: Rect, b: Rect): { w: number; h: number } {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { w: Math.max(0, w), h: Math.max(0, h) };
}

/**
 * The bounds to open with: the saved ones when they are visible enough, else the default
 * size centred on the primary display. Sizes never exceed the display they open on.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const host = workAreas.find((a) => {
      const o = overlap(saved, a);
      return o.w >= MIN_VISIBLE_PX && o.h >= MIN_VISIBLE_PX;
    });
    if (host) {
      return {
        bounds: {
          x: saved.x,
          y: saved.y,
          width: Math.min(saved.width, host.width),
          height: Math.min(saved.height, host.height),
        },
        maximized: saved.maximized,
      };
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  return {
    bounds: {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
    },
    maximized: saved?.maximized ?? false,
  };
}

/** A missing, unreadable or malformed file is simply "no saved state". */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const tmp = `${file}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(windowStateSchema.parse(state)), 'utf8');
  await fs.rename(tmp, file);
}
