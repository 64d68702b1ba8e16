/* One harness shape for every fuzz target: each target defines
 * LLVMFuzzerTestOneInput; libFuzzer, AFL++ (afl-clang-fast -fsanitize=fuzzer)
 * or replay_main.c supplies main(). */
#ifndef CXLMB_FUZZ_TARGET_H
#define CXLMB_FUZZ_TARGET_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "cxlmb/cxlmb.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise is a crash, whatever the engine. */
#define FUZZ_CHECK(cond)                                                                      \
	do {                                                                                  \
		if (!(cond))                                                                  \
			abort();                                                              \
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
 * and ASan sees every access. */
struct fuzz_sink {
	uint64_t acc;
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
static inline struct cxlmb_visitor fuzz_visitor(struct fuzz_sink *s)
{
	struct cxlmb_visitor v = { .ctx = s, .uint = fuzz_v_uint, .sint = fuzz_v_sint,
				   .bytes = fuzz_v_bytes };
	return v;
}

/* Map two input bytes onto a catalog row (every row reachable) or the vendor row. */
static inline const struct cxlmb_cmd *fuzz_pick_cmd(const uint8_t *d)
{
	size_t n = cxlmb_cmd_count();
	size_t k = ((size_t)d[0] | (size_t)d[1] << 8) % (n + 1);
	return k < n ? cxlmb_cmd_at(k) : cxlmb_cmd_find(0xC000);
}

#endif
