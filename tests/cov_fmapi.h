/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Helpers of the FM API coverage tests (test_cov_fmapi*.c): hand-written
 * little-endian vectors decoded through the catalog, with their request. */
#ifndef CXLMB_TESTS_COV_FMAPI_H
#define CXLMB_TESTS_COV_FMAPI_H

static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
static uint8_t out[0x1000];
static struct cxlmb_decode_err err;

/* little-endian write of n bytes */
static inline void put(uint8_t *b, size_t off, unsigned n, uint64_t v)
{
	for (unsigned i = 0; i < n; i++)
		b[off + i] = (uint8_t)(v >> (8 * i));
}

/* An answer decoded with its request (q may be NULL) through the catalog;
 * err says where a field failed, and is empty for a rule's error. */
static inline int rsp(uint16_t op, const uint8_t *q, size_t qn, const uint8_t *a, size_t an,
		      unsigned flags)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	assert_non_null(c);
	return cxlmb_cmd_decode_ex(c, CXLMB_RSP, q, qn, a, an, flags, val, &err);
}

static inline int req(uint16_t op, const uint8_t *q, size_t qn, unsigned flags)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	assert_non_null(c);
	return cxlmb_cmd_decode_ex(c, CXLMB_REQ, NULL, 0, q, qn, flags, val, &err);
}

/* A rule's error names no field and no place (a length error gives the
 * length as its place). */
static inline void rule_error(int rc, int want)
{
	assert_int_equal(rc, want);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
}

/* The value last decoded (in val) encodes back to exactly b[0..n). */
static inline void reencodes(uint16_t op, enum cxlmb_dir dir, const uint8_t *b, size_t n)
{
	size_t m = 0;
	assert_int_equal(cxlmb_cmd_encode(cxlmb_cmd_find(op), dir, val, out, sizeof(out), &m), 0);
	assert_int_equal(m, n);
	assert_memory_equal(out, b, n);
}

/* The typed pair gives the catalog's answer: a strict decode, and an
 * encode of it that gives back the same bytes. */
#define TYPED(nm, T, b, n)                                                                 \
	do {                                                                               \
		T v_;                                                                      \
		size_t m_ = 0;                                                             \
		assert_int_equal(nm##_decode(b, n, CXLMB_STRICT, &v_), 0);                 \
		assert_int_equal(nm##_encode(&v_, out, sizeof(out), &m_), 0);              \
		assert_int_equal(m_, (size_t)(n));                                         \
		assert_memory_equal(out, b, n);                                            \
	} while (0)

#endif
