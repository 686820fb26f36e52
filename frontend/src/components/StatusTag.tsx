import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Ant Design's light tags with text dark enough for WCAG AA contrast (the presets' text is about 4:1). */
const DARK_TEXT = { green: '#135200', blue: '#002c8c', cyan: '#00474f', gold: '#613400', red: '#820014', default: undefined } as const;

export type TagColour = keyof typeof DARK_TEXT;

export function StatusTag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return (
    <Tag color={colour === 'default' ? undefined : colour} style={{ color: DARK_TEXT[colour] }}>
      {children}
    </Tag>
  );
}
