/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Little-endian field access: the one set of helpers every codec uses.
 * Byte-at-a-time (or memcpy of a word) so alignment and host endianness
 * never matter. */
#ifndef CXLMB_LE_H
#define CXLMB_LE_H

#include "cxlmb/env.h"

/* Little-endian hosts built for speed load and store whole words; -Os
 * builds (firmware) keep the byte loops, which are smaller.
 * CXLMB_LE_BYTE_LOOPS forces the byte loops (the fuzz target
 * roundtrip_le_bytes runs them on a host). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
	!defined(__OPTIMIZE_SIZE__) && !defined(CXLMB_LE_BYTE_LOOPS)
#define CXLMB_LE_WORDS 1
#endif

/* Read an n-byte (1..8) little-endian unsigned value. */
static inline uint64_t cxlmb_get_le(const uint8_t *p, size_t n)
{
	uint64_t v = 0;
#ifdef CXLMB_LE_WORDS
	switch (n) {
	case 1: return p[0];
	case 2: { uint16_t x; cxlmb_memcpy(&x, p, 2); return x; }
	case 4: { uint32_t x; cxlmb_memcpy(&x, p, 4); return x; }
	case 8: cxlmb_memcpy(&v, p, 8); return v;
	default: break;
	}
#endif
	while (n--)
		v = (v << 8) | p[n];
	return v;
}

/* Write the low n bytes (1..8) of v little-endian. */
static inline void cxlmb_put_le(uint8_t *p, size_t n, uint64_t v)
{
#ifdef CXLMB_LE_WORDS
	switch (n) {
	case 1: p[0] = (uint8_t)v; return;
	case 2: { uint16_t x = (uint16_t)v; cxlmb_memcpy(p, &x, 2); return; }
	case 4: { uint32_t x = (uint32_t)v; cxlmb_memcpy(p, &x, 4); return; }
	case 8: cxlmb_memcpy(p, &v, 8); return;
	default: break;
	}
#endif
	for (size_t i = 0; i < n; i++) {
		p[i] = (uint8_t)v;
		v >>= 8;
	}
}

static inline uint16_t cxlmb_get_le16(const uint8_t *p) { return (uint16_t)cxlmb_get_le(p, 2); }
static inline uint32_t cxlmb_get_le32(const uint8_t *p) { return (uint32_t)cxlmb_get_le(p, 4); }
static inline uint64_t cxlmb_get_le64(const uint8_t *p) { return cxlmb_get_le(p, 8); }
static inline void cxlmb_put_le16(uint8_t *p, uint16_t v) { cxlmb_put_le(p, 2, v); }
static inline void cxlmb_put_le32(uint8_t *p, uint32_t v) { cxlmb_put_le(p, 4, v); }
static inline void cxlmb_put_le64(uint8_t *p, uint64_t v) { cxlmb_put_le(p, 8, v); }

#endif
