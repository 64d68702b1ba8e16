/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Helpers of the coverage tests of the typed layouts (test_cov_memdev*.c,
 * test_cov_logs*.c): decode a hand-built vector through the catalog with
 * its request as context, re-encode it byte for byte, and check that a
 * changed byte fails with the expected code and field. */
#ifndef CXLMB_TESTS_COV_UTIL_H
#define CXLMB_TESTS_COV_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static _Alignas(8) uint8_t cov_val[CXLMB_CMD_STRUCT_MAX];
/* the bytes cov_bad() decodes: cov_val's views point into them until the
 * next call */
static uint8_t cov_buf[1024];

/* Strict decode of one side of opcode 'op' (a response with 'req' as its
 * request), then encode: the same bytes.  Returns the decoded value. */
static inline void *cov_rt(uint16_t op, enum cxlmb_dir dir, const uint8_t *req, size_t req_len,
			   const uint8_t *wire, size_t len)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	struct cxlmb_decode_err e;
	uint8_t out[1024];
	size_t n = 0;
	int rc;

	assert_non_null(c);
	rc = cxlmb_cmd_decode_ex(c, dir, req, req_len, wire, len, CXLMB_STRICT, cov_val, &e);
	if (rc)
		print_message("cov_rt %04x dir %d: %s, field %s at %u\n", op, (int)dir,
			      cxlmb_strerror(rc), e.field ? e.field : "-", (unsigned)e.offset);
	assert_int_equal(rc, CXLMB_E_OK);
	assert_null(e.field);
	assert_int_equal(cxlmb_cmd_encode(c, dir, cov_val, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, len);
	assert_memory_equal(out, wire, len);
	return cov_val;
}

/* The decode of 'wire' with byte 'at' set to 'v' fails with 'rc'; 'field'
 * (when not NULL) names the failing field; at >= len leaves it as is.
 * The value is left in cov_val. */
static inline void cov_bad(uint16_t op, enum cxlmb_dir dir, const uint8_t *req, size_t req_len,
			   const uint8_t *wire, size_t len, size_t at, uint8_t v, unsigned flags,
			   int rc, const char *field)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(op);
	struct cxlmb_decode_err e;

	assert_non_null(c);
	assert_true(len <= sizeof(cov_buf));
	memmove(cov_buf, wire, len);
	if (at < len)
		cov_buf[at] = v;
	assert_int_equal(cxlmb_cmd_decode_ex(c, dir, req, req_len, cov_buf, len, flags, cov_val, &e),
			 rc);
	if (field) {
		assert_non_null(e.field);
		assert_string_equal(e.field, field);
	}
}

#define COV_NO_CHANGE ((size_t)-1)

#endif
