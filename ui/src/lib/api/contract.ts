// Boundary types the brief agrees on whose ts-rs files are not generated yet.
// Each one mirrors a Rust type in crates/core (store / validate / model);
// when its generated file appears in ./types, import that instead and delete
// the copy here.
import type { MeetingKind } from './types/MeetingKind';

/** Rust `DocumentKind`: the three documents a meeting produces. */
export type DocumentKind = 'minutes' | 'notice' | 'resolution';

/** Rust `store::MeetingFilter`. */
export type MeetingFilter = { year: number | null; kind: MeetingKind | null; text: string | null };

/** Rust `store::MeetingSummary`. */
export type MeetingSummary = { id: number; date: string; kind: MeetingKind; title: string };

/** Rust `validate::Warning`; the code is a stable snake_case identifier. */
export type Warning = { code: string; message: string };
