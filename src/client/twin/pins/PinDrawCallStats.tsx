import { useFrame } from '@react-three/fiber';
import { useMemo } from 'react';
import { statsWanted, type TwinRenderStats } from '../scene/render-stats.ts';
import type { PinScene } from './pin-scene.ts';

type StatsWithPins = TwinRenderStats & { pinDrawCalls?: number; pinCount?: number; nearPinCount?: number; spritePinCount?: number };

/**
 * Adds the pins' own figures to the twin's published render stats: the draw calls the pins
 * took in the last frame (counted by the objects as three.js draws them, shadow pass and both
 * halves of compare mode included), how many pins there are, and how many of them are drawn
 * as 3D markers and as sprites. Runs after the frame is rendered (priority 2; the frame
 * renderer is 1). Published when the twin publishes its stats.
 */
export function PinDrawCallStats({ pins }: { pins: PinScene }) {
  const wanted = useMemo(statsWanted, []);
  useFrame(() => {
    const calls = pins.takeDrawCalls();
    const stats = window.__gongjianTwinStats as StatsWithPins | undefined;
    if (!wanted || !stats) return;
    stats.pinDrawCalls = calls;
    stats.pinCount = pins.count;
    stats.nearPinCount = pins.nearCount;
    stats.spritePinCount = pins.spriteCount;
  }, 2);
  return null;
}
