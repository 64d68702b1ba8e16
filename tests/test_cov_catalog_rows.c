/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The catalog's codec entry points over rows written here: a typed row
 * whose own bounds are tighter than its layout (the row's bounds hold both
 * ways), an opaque row with bounds, hooks without a visitor, and the
 * lengths no layout may take (past the payload maximum, past 4 GiB). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

struct t_fix {
	uint16_t a;
};
static const struct cxlmb_field t_fix_fields[] = { CXLMB_U(struct t_fix, a, 0, 2) };
static CXLMB_SCHEMA(t_fix, struct t_fix, 2, 2);

/* typed, request bounds 4..4 and response bounds layout..1: neither side's
 * layout can meet its row */
static const struct cxlmb_cmd r_bounded = {
	.opcode = 0xC001, .name = "bounded", .ident = "bounded",
	.req_min = 4, .req_max = 4, .rsp_min = CXLMB_LAYOUT_LEN, .rsp_max = 1,
	.flags = CXLMB_CMD_TYPED, .req = &t_fix, .rsp = &t_fix,
};

/* opaque both ways: 2..4 bytes in, up to 4 out */
static const struct cxlmb_cmd r_opaque = {
	.opcode = 0xC002, .name = "opaque", .ident = "opaque",
	.req_min = 2, .req_max = 4, .rsp_min = 0, .rsp_max = 4,
};

static void test_row_bounds_over_layout(void **state)
{
	(void)state;
	struct t_fix v = { 0x1234 };
	uint8_t buf[8] = { 0x34, 0x12, 0, 0 };
	_Alignas(8) struct t_fix out[2];
	struct cxlmb_decode_err err;
	size_t n = 99;

	assert_int_equal(cxlmb_cmd_min_len(&r_bounded, CXLMB_REQ), 4);
	assert_int_equal(cxlmb_cmd_max_len(&r_bounded, CXLMB_REQ), 4);
	assert_int_equal(cxlmb_cmd_min_len(&r_bounded, CXLMB_RSP), 2); /* from the layout */
	assert_int_equal(cxlmb_cmd_max_len(&r_bounded, CXLMB_RSP), 1);
	assert_int_equal(cxlmb_cmd_min_len(NULL, CXLMB_REQ), 0);
	assert_int_equal(cxlmb_cmd_max_len(NULL, CXLMB_RSP), 0);

	/* what the layout writes is shorter / longer than the row allows */
	assert_int_equal(cxlmb_cmd_encode(&r_bounded, CXLMB_REQ, &v, buf, sizeof(buf), &n),
			 CXLMB_E_VALUE_RANGE);
	assert_int_equal(cxlmb_cmd_encode(&r_bounded, CXLMB_RSP, &v, buf, sizeof(buf), &n),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(n, 99);
	/* and what it reads */
	assert_int_equal(cxlmb_cmd_decode_ex(&r_bounded, CXLMB_REQ, NULL, 0, buf, 2, CXLMB_STRICT, out, &err),
			 CXLMB_E_TRUNCATED);
	assert_int_equal(err.offset, 2);
	assert_int_equal(cxlmb_cmd_decode_ex(&r_bounded, CXLMB_RSP, NULL, 0, buf, 2, CXLMB_STRICT, out, &err),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(err.offset, 2);
	/* a longer answer where trailing bytes are allowed: the layout decides */
	assert_int_equal(cxlmb_cmd_decode(&r_bounded, CXLMB_RSP, buf, 2, CXLMB_ALLOW_TRAILING, out),
			 CXLMB_E_OK);
	assert_int_equal(out[0].a, 0x1234);
}

static void test_opaque_row(void **state)
{
	(void)state;
	static const uint8_t data[5] = { 1, 2, 3, 4, 5 };
	struct cxlmb_bytes b = { data, 3 }, got;
	struct cxlmb_decode_err err;
	uint8_t buf[8];
	size_t n = 0;

	assert_int_equal(cxlmb_cmd_min_len(&r_opaque, CXLMB_REQ), 2);
	assert_int_equal(cxlmb_cmd_max_len(&r_opaque, CXLMB_REQ), 4);
	assert_int_equal(cxlmb_cmd_struct_size(&r_opaque, CXLMB_REQ), sizeof(struct cxlmb_bytes));
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, sizeof(buf), &n), CXLMB_E_OK);
	assert_int_equal(n, 3);
	assert_memory_equal(buf, data, 3);
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, sizeof(buf), NULL), CXLMB_E_OK);
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, 2, &n), CXLMB_E_BUF_TOO_SMALL);
	b.len = 1; /* a value shorter than the row: the caller's value is out of range */
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, sizeof(buf), &n),
			 CXLMB_E_VALUE_RANGE);
	b.len = 5;
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, sizeof(buf), &n), CXLMB_E_OVERSIZE);
	b.len = 3;
	b.data = NULL;
	assert_int_equal(cxlmb_cmd_encode(&r_opaque, CXLMB_REQ, &b, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	/* no layout: a longer answer is not taken even where trailing bytes are */
	assert_int_equal(cxlmb_cmd_decode_ex(&r_opaque, CXLMB_RSP, NULL, 0, data, 5, CXLMB_ALLOW_TRAILING,
					     &got, &err),
			 CXLMB_E_OVERSIZE);
	assert_null(err.field);
	assert_int_equal(err.offset, 5);
	assert_int_equal(cxlmb_cmd_decode(&r_opaque, CXLMB_RSP, data, 4, CXLMB_STRICT, &got), CXLMB_E_OK);
	assert_ptr_equal(got.data, data);
	assert_int_equal(got.len, 4);
}

static void test_decode_arguments(void **state)
{
	(void)state;
	const struct cxlmb_cmd *ident = cxlmb_cmd_find(0x0001);
	uint8_t buf[0x12] = { 0 };
	uint64_t out[CXLMB_CMD_STRUCT_MAX / 8];
	struct cxlmb_decode_err err = { "x", 9 };

	assert_non_null(ident);
	assert_int_equal(cxlmb_cmd_decode_ex(ident, CXLMB_RSP, NULL, 0, buf, sizeof(buf), 0, NULL, &err),
			 CXLMB_E_INVALID_ARG);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_cmd_decode_ex(ident, CXLMB_RSP, NULL, 1, buf, sizeof(buf), 0, out, &err),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_decode_rsp(ident, NULL, 0, buf, sizeof(buf), CXLMB_STRICT, out),
			 CXLMB_E_OK);
}

/* past the payload maximum: no flag makes a layout take it */
static void test_lengths_past_the_maximum(void **state)
{
	(void)state;
	const struct cxlmb_cmd *ident = cxlmb_cmd_find(0x0001);
	const struct cxlmb_cmd *lsa = cxlmb_cmd_find(0x4103);
	uint8_t *big = calloc(1, CXLMB_PAYLOAD_MAX + 16), *wire = calloc(1, CXLMB_PAYLOAD_MAX + 16);
	uint64_t out[CXLMB_CMD_STRUCT_MAX / 8];
	struct cxlmb_decode_err err;
	size_t n = 0;

	assert_non_null(big);
	assert_non_null(wire);
	assert_non_null(ident);
	/* a longer Identify: within the maximum, trailing bytes are allowed */
	assert_int_equal(cxlmb_cmd_decode(ident, CXLMB_RSP, big, 0x13, CXLMB_ALLOW_TRAILING, out), CXLMB_E_OK);
	assert_int_equal(cxlmb_cmd_decode(ident, CXLMB_RSP, big, 0x13, CXLMB_STRICT, out), CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_decode_ex(ident, CXLMB_RSP, NULL, 0, big, CXLMB_PAYLOAD_MAX + 1,
					     CXLMB_STRICT | CXLMB_ALLOW_TRAILING, out, &err),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(err.offset, CXLMB_PAYLOAD_MAX + 1);
#if SIZE_MAX > 0xFFFFFFFFu
	/* a length past 4 GiB: refused on the length alone (nothing is read),
	 * and the offset reported saturates */
	assert_int_equal(cxlmb_cmd_decode_ex(ident, CXLMB_RSP, NULL, 0, big, (size_t)0x100000005ull,
					     CXLMB_STRICT, out, &err),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(err.offset, 0xFFFFFFFFu);
#endif
	/* Set LSA with a full payload of data: the 8-byte header takes it past
	 * the maximum, and the row refuses what the layout would write */
#ifndef CXLMB_NO_SET_CCLS
	{
		struct cxlmb_set_lsa_req r = { 0, { big, CXLMB_PAYLOAD_MAX } };
		assert_non_null(lsa);
		assert_non_null(lsa->req);
		assert_int_equal(cxlmb_cmd_encode(lsa, CXLMB_REQ, &r, wire, CXLMB_PAYLOAD_MAX + 16, &n),
				 CXLMB_E_OVERSIZE);
		r.data.len = CXLMB_PAYLOAD_MAX - 8;
		assert_int_equal(cxlmb_cmd_encode(lsa, CXLMB_REQ, &r, wire, CXLMB_PAYLOAD_MAX + 16, NULL),
				 CXLMB_E_OK);
	}
#else
	(void)lsa;
#endif
	free(wire);
	free(big);
}

/* ---- hooks ---- */
struct t_arr {
	uint8_t n;
	struct cxlmb_array arr;
};
struct t_rent {
	uint8_t a;
};
static const struct cxlmb_field t_rent_fields[] = {
	CXLMB_U(struct t_rent, a, 0, 1),
	CXLMB_RSVD(1, 1),
};
static CXLMB_SCHEMA(t_rent, struct t_rent, 2, 2);
static const struct cxlmb_field t_rout_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, n, t_rent),
};
static CXLMB_SCHEMA(t_rout, struct t_arr, 1, 0);

static unsigned hook_calls;
static int count_visit(enum cxlmb_dir dir, const void *val, unsigned flags,
		       const struct cxlmb_visitor *v)
{
	(void)val, (void)flags, (void)v;
	hook_calls++;
	return dir == CXLMB_RSP ? CXLMB_E_OK : CXLMB_E_INVALID_ARG;
}
static const struct cxlmb_cmd_hooks with_visit = { count_visit };
static const struct cxlmb_cmd_hooks without_visit = { NULL };
static const struct cxlmb_cmd r_hooked = {
	.opcode = 0xC003, .name = "hooked", .ident = "hooked",
	.req_min = CXLMB_LAYOUT_LEN, .req_max = CXLMB_LAYOUT_LEN,
	.rsp_min = CXLMB_LAYOUT_LEN, .rsp_max = CXLMB_LAYOUT_LEN,
	.flags = CXLMB_CMD_TYPED, .req = &t_rout, .rsp = &t_rout, .hooks = &with_visit,
};
static const struct cxlmb_cmd r_nohook = {
	.opcode = 0xC004, .name = "no visit hook", .ident = "nohook",
	.req_min = CXLMB_LAYOUT_LEN, .req_max = CXLMB_LAYOUT_LEN,
	.rsp_min = CXLMB_LAYOUT_LEN, .rsp_max = CXLMB_LAYOUT_LEN,
	.flags = CXLMB_CMD_TYPED, .req = &t_rout, .rsp = &t_rout, .hooks = &without_visit,
};

static void test_visit_hooks(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 1, 7, 0xFF }; /* one entry, its reserved byte set */
	struct cxlmb_visitor v = { 0 };
	struct t_arr t;

	assert_int_equal(cxlmb_cmd_max_len(&r_hooked, CXLMB_RSP), CXLMB_VAR);
	assert_int_equal(cxlmb_cmd_decode(&r_hooked, CXLMB_RSP, wire, sizeof(wire), CXLMB_EXACT, &t),
			 CXLMB_E_OK);
	hook_calls = 0;
	assert_int_equal(cxlmb_cmd_visit(&r_hooked, CXLMB_RSP, &t, 0, &v), CXLMB_E_OK);
	assert_int_equal(hook_calls, 1);
	/* the hook's own answer is the visit's */
	assert_int_equal(cxlmb_cmd_visit(&r_hooked, CXLMB_REQ, &t, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(hook_calls, 2);
	/* an entry that fails: the hook is not called */
	assert_int_equal(cxlmb_cmd_visit(&r_hooked, CXLMB_RSP, &t, CXLMB_STRICT, &v), CXLMB_E_RESERVED_SET);
	assert_int_equal(hook_calls, 2);
	/* hooks without a visit hook: the layout alone */
	assert_int_equal(cxlmb_cmd_visit(&r_nohook, CXLMB_RSP, &t, 0, &v), CXLMB_E_OK);
	assert_int_equal(hook_calls, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_bounds_over_layout),
		cmocka_unit_test(test_opaque_row),
		cmocka_unit_test(test_decode_arguments),
		cmocka_unit_test(test_lengths_past_the_maximum),
		cmocka_unit_test(test_visit_hooks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
