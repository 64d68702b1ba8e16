/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* One harness shape for every fuzz target: each target defines
 * LLVMFuzzerTestOneInput; libFuzzer, AFL++ (afl-clang-fast -fsanitize=fuzzer)
 * or replay_main.c supplies main(). */
#ifndef CXLMB_FUZZ_TARGET_H
#define CXLMB_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cxlmb/cxlmb.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* The decode targets' per-row report (fuzz_decode.h), for replay --rows;
 * other targets leave it undefined. */
int fuzz_rows_report(void) __attribute__((weak));

/* A broken promise is a crash, whatever the engine; it names the promise,
 * so a replayed crasher says what it broke. */
#define FUZZ_CHECK(cond)                                                                      \
	do {                                                                                  \
		if (!(cond)) {                                                                \
			fprintf(stderr, "fuzz check failed: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                              \
		}                                                                             \
	} while (0)

/* Every array and byte view of a decoded value lies inside [buf, buf+len). */
static inline void fuzz_check_views(const struct cxlmb_schema *s, const void *val,
				    const uint8_t *buf, size_t len)
{
	if (!s)
		return;
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		const uint8_t *p = (const uint8_t *)val + f->st_off;
		if (f->kind == CXLMB_F_ARRAY) {
			const struct cxlmb_array *a = (const void *)p;
			size_t bytes = (size_t)a->count * f->entry->entry_size;
			FUZZ_CHECK(a->count == 0 || (a->data >= buf && bytes <= len &&
						     (size_t)(a->data - buf) <= len - bytes));
		} else if (f->kind == CXLMB_F_TAIL) {
			const struct cxlmb_bytes *b = (const void *)p;
			FUZZ_CHECK(b->len == 0 || (b->data >= buf && b->len <= len &&
						   (size_t)(b->data - buf) <= len - b->len));
		}
	}
}

/* A visitor that reads every byte it is shown, so nothing is optimised away
 * and ASan sees every access, and checks the array callbacks the CLI's
 * printer nests by: elements numbered 0, 1, ... inside an open array, no
 * more than it announced, and every array closed after its last element. */
#define FUZZ_SINK_DEPTH 8
struct fuzz_sink {
	uint64_t acc;
	unsigned depth;         /* arrays open */
	int in_elem[FUZZ_SINK_DEPTH];
	uint32_t count[FUZZ_SINK_DEPTH], next[FUZZ_SINK_DEPTH];
};
static inline void fuzz_v_uint(void *c, const char *n, uint64_t v, unsigned ff)
{
	(void)n;
	((struct fuzz_sink *)c)->acc += v + ff;
}
static inline void fuzz_v_sint(void *c, const char *n, int64_t v)
{
	(void)n;
	((struct fuzz_sink *)c)->acc += (uint64_t)v;
}
static inline void fuzz_v_bytes(void *c, const char *n, const uint8_t *p, size_t len, unsigned k)
{
	(void)n;
	(void)k;
	for (size_t i = 0; i < len; i++)
		((struct fuzz_sink *)c)->acc += p[i];
}
static inline void fuzz_v_array_begin(void *c, const char *n, uint32_t count)
{
	struct fuzz_sink *s = c;
	(void)n;
	/* an array opens at the top or inside an element, never loose in another */
	FUZZ_CHECK(s->depth < FUZZ_SINK_DEPTH && (s->depth == 0 || s->in_elem[s->depth - 1]));
	s->count[s->depth] = count;
	s->next[s->depth] = 0;
	s->in_elem[s->depth] = 0;
	s->depth++;
	s->acc += count;
}
static inline void fuzz_v_elem_begin(void *c, uint32_t i)
{
	struct fuzz_sink *s = c;
	FUZZ_CHECK(s->depth > 0 && !s->in_elem[s->depth - 1]);
	FUZZ_CHECK(i == s->next[s->depth - 1] && i < s->count[s->depth - 1]);
	s->in_elem[s->depth - 1] = 1;
	s->acc += i;
}
static inline void fuzz_v_elem_end(void *c)
{
	struct fuzz_sink *s = c;
	FUZZ_CHECK(s->depth > 0 && s->in_elem[s->depth - 1]);
	s->in_elem[s->depth - 1] = 0;
	s->next[s->depth - 1]++;
}
static inline void fuzz_v_array_end(void *c)
{
	struct fuzz_sink *s = c;
	FUZZ_CHECK(s->depth > 0 && !s->in_elem[s->depth - 1]);
	FUZZ_CHECK(s->next[s->depth - 1] == s->count[s->depth - 1]);
	s->depth--;
}
static inline struct cxlmb_visitor fuzz_visitor(struct fuzz_sink *s)
{
	struct cxlmb_visitor v = { .ctx = s, .uint = fuzz_v_uint, .sint = fuzz_v_sint,
				   .bytes = fuzz_v_bytes, .array_begin = fuzz_v_array_begin,
				   .elem_begin = fuzz_v_elem_begin, .elem_end = fuzz_v_elem_end,
				   .array_end = fuzz_v_array_end };
	return v;
}

/* How every input names a command: its opcode, 2 bytes little-endian
 * (never its row position, so adding a catalog row re-points no kept
 * input).  Opcodes C000h-FFFFh resolve to the vendor row; any other
 * opcode outside the catalog gives cmd == NULL (the "not in catalog"
 * path).  row is the command's outcome-counter slot: its catalog row,
 * then one slot for the vendor row and one for "not in catalog". */
#define FUZZ_SEL_LEN 2u
struct fuzz_sel {
	uint16_t opcode;
	const struct cxlmb_cmd *cmd;
	size_t row;
};
static inline struct fuzz_sel fuzz_pick(const uint8_t *d)
{
	struct fuzz_sel s;
	s.opcode = (uint16_t)(d[0] | d[1] << 8);
	s.cmd = cxlmb_cmd_find(s.opcode);
	if (!s.cmd)
		s.row = cxlmb_cmd_count() + 1;
	else if (s.cmd->flags & CXLMB_CMD_VENDOR)
		s.row = cxlmb_cmd_count();
	else
		s.row = (size_t)(s.cmd - cxlmb_cmd_at(0));
	return s;
}
static inline void fuzz_put_sel(uint8_t *d, uint16_t opcode)
{
	d[0] = (uint8_t)opcode;
	d[1] = (uint8_t)(opcode >> 8);
}

/* The decoders are one table-driven engine: every command runs the same
 * edges, so edge coverage cannot tell "0401h decoded" from "4000h
 * decoded".  These counters can: one per (command row, outcome), in
 * libFuzzer's extra-counters section (a plain array elsewhere). */
#if defined(__linux__)
#define FUZZ_EXTRA_COUNTERS __attribute__((used, section("__libfuzzer_extra_counters")))
#else
#define FUZZ_EXTRA_COUNTERS __attribute__((used))
#endif
#define FUZZ_ROWS_MAX 512u /* rows, or rows x directions */
#define FUZZ_OUTCOMES 4u /* decoded, truncated/too long, a bad field, other */
static uint8_t fuzz_outcome[FUZZ_ROWS_MAX * FUZZ_OUTCOMES] FUZZ_EXTRA_COUNTERS;
/* the same, not saturating: what the per-row report (replay --rows) prints */
static uint32_t fuzz_outcome_total[FUZZ_ROWS_MAX * FUZZ_OUTCOMES] __attribute__((unused));
static inline void fuzz_note_outcome(size_t row, int rc)
{
	unsigned o = rc == CXLMB_E_OK ? 0
		     : (rc == CXLMB_E_TRUNCATED || rc == CXLMB_E_OVERSIZE ||
			rc == CXLMB_E_COUNT_MISMATCH) ? 1
		     : (rc == CXLMB_E_RESERVED_SET || rc == CXLMB_E_BAD_ENUM ||
			rc == CXLMB_E_VALUE_RANGE) ? 2 : 3;
	if (row < FUZZ_ROWS_MAX) {
		fuzz_outcome[row * FUZZ_OUTCOMES + o]++;
		fuzz_outcome_total[row * FUZZ_OUTCOMES + o]++;
	}
}
#endif
