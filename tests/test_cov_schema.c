/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The layout interpreter (schema.c) over small layouts of its own: every
 * rule of the table language (enum masks, trailers after an array, arrays
 * sized by the payload, tails, signed fields, hooks), and what it answers
 * for a table that breaks a rule (a vendor layout written by hand). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

#ifdef CXLMB_NO_FIELD_NAMES
#define FN(s) ""
#else
#define FN(s) s
#endif

/* one-byte entry */
struct t_ent {
	uint8_t a;
};
static const struct cxlmb_field t_ent_fields[] = { CXLMB_U(struct t_ent, a, 0, 1) };
static CXLMB_SCHEMA(t_ent, struct t_ent, 1, 1);

/* two-byte entry */
struct t_ent2 {
	uint16_t a;
};
static const struct cxlmb_field t_ent2_fields[] = { CXLMB_U(struct t_ent2, a, 0, 2) };
static CXLMB_SCHEMA(t_ent2, struct t_ent2, 2, 2);

/* ---- enum given as a mask of the defined values (0 and 2) ---- */
struct t_mask {
	uint8_t v;
};
static const struct cxlmb_field t_mask_fields[] = {
	CXLMB_FLD_("v", CXLMB_F_UINT, 0, 1, struct t_mask, v, 0, 0, CXLMB_FF_ENUM_MASK, 0x5),
};
static CXLMB_SCHEMA(t_mask, struct t_mask, 1, 1);

static void test_enum_mask(void **state)
{
	(void)state;
	struct cxlmb_decode_err err;
	struct t_mask m;
	uint8_t b[1], out[1];
	size_t n = 0;

	b[0] = 2;
	assert_int_equal(cxlmb_schema_decode(&t_mask, b, 1, CXLMB_STRICT, &m), CXLMB_E_OK);
	assert_int_equal(m.v, 2);
	/* 32..63: past the 32-bit mask (regression: shifted lim by v, undefined
	 * for v >= 32, UBSan) */
	static const uint8_t bad[] = { 1, 3, 31, 32, 33, 63, 64, 200, 255 };
	for (size_t i = 0; i < sizeof(bad); i++) {
		b[0] = bad[i];
		assert_int_equal(cxlmb_schema_decode_ex(&t_mask, NULL, 0, b, 1, CXLMB_STRICT, &m, &err),
				 CXLMB_E_BAD_ENUM);
		assert_string_equal(err.field, FN("v"));
		assert_int_equal(err.offset, 0);
		/* not strict: the value is kept as it came */
		assert_int_equal(cxlmb_schema_decode(&t_mask, b, 1, CXLMB_EXACT, &m), CXLMB_E_OK);
		assert_int_equal(m.v, bad[i]);
		/* and the encoder refuses what a strict decoder would */
		assert_int_equal(cxlmb_schema_encode(&t_mask, &m, out, sizeof(out), &n), CXLMB_E_BAD_ENUM);
	}
	m.v = 0;
	assert_int_equal(cxlmb_schema_encode(&t_mask, &m, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], 0);
}

/* The same rule in a shipped layout: the Media Test long log header's
 * Version "shall be set to 01h" (r3.2 Table 8-98), a mask of bit 1.  A
 * device's byte of 20h..3Fh shifted the mask by 32..63 (undefined). */
static void test_enum_mask_device_byte(void **state)
{
	(void)state;
	uint8_t hdr[0x10] = { 0 };
	struct cxlmb_mtest_long_hdr h;

	hdr[1] = 1;
	assert_int_equal(cxlmb_mtest_long_hdr_decode(hdr, sizeof(hdr), CXLMB_STRICT, &h), CXLMB_E_OK);
	assert_int_equal(h.version, 1);
	for (unsigned v = 2; v < 256; v++) {
		hdr[1] = (uint8_t)v;
		assert_int_equal(cxlmb_mtest_long_hdr_decode(hdr, sizeof(hdr), CXLMB_STRICT, &h),
				 CXLMB_E_BAD_ENUM);
	}
}

/* ---- counted array with a trailer of two fields, the wider listed first ---- */
struct t_trl {
	uint8_t n;
	struct cxlmb_array arr;
	uint16_t w;
	uint8_t b;
};
static const struct cxlmb_field t_trl_fields[] = {
	CXLMB_U(struct t_trl, n, 0, 1),
	CXLMB_ARRAY(struct t_trl, arr, 1, n, t_ent),
	CXLMB_FLD_("w", CXLMB_F_UINT, 0, 2, struct t_trl, w, 0, 0, CXLMB_FF_AFTER, 0),
	CXLMB_FLD_("b", CXLMB_F_UINT, 0, 1, struct t_trl, b, 0, 0, CXLMB_FF_AFTER, 0),
};
static CXLMB_SCHEMA(t_trl, struct t_trl, 3, 0);
/* the same table with a min_len that does not cover the trailer */
static const struct cxlmb_schema t_trl_short = {
	.name = "t_trl_short", .fields = t_trl_fields, .nfields = 4,
	.st_size = sizeof(struct t_trl), .min_len = 1, .max_len = 0,
};

static void test_trailer(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 2, 0x0A, 0x0B, 0x34, 0x12 };
	struct cxlmb_decode_err err;
	struct t_trl t;
	struct t_ent e;
	uint8_t out[8];
	size_t n = 0;

	assert_int_equal(cxlmb_schema_decode(&t_trl, wire, sizeof(wire), CXLMB_STRICT, &t), CXLMB_E_OK);
	assert_int_equal(t.n, 2);
	assert_int_equal(t.arr.count, 2);
	assert_ptr_equal(t.arr.data, wire + 1);
	assert_ptr_equal(t.arr.entry, &t_ent);
	assert_int_equal(t.w, 0x1234); /* the trailer starts where the entries end */
	assert_int_equal(t.b, 0x34);
	assert_int_equal(cxlmb_array_get(&t_ent, &t.arr, 1, CXLMB_STRICT, &e), CXLMB_E_OK);
	assert_int_equal(e.a, 0x0B);
	/* the trailer is two bytes long (the wider field), not one */
	assert_int_equal(cxlmb_schema_encoded_len(&t_trl, &t), sizeof(wire));
	assert_int_equal(cxlmb_schema_encode(&t_trl, &t, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, sizeof(wire));
	assert_memory_equal(out, wire, sizeof(wire));
	/* one entry short of the count */
	assert_int_equal(cxlmb_schema_decode_ex(&t_trl, NULL, 0, wire, 4, CXLMB_STRICT, &t, &err),
			 CXLMB_E_COUNT_MISMATCH);
	assert_string_equal(err.field, FN("n"));
	assert_int_equal(err.offset, 0);
	/* fewer bytes than the trailer alone: a count of 0 does not help */
	static const uint8_t torn[] = { 0, 0x34 };
	assert_int_equal(cxlmb_schema_decode_ex(&t_trl_short, NULL, 0, torn, sizeof(torn), CXLMB_STRICT,
						&t, &err),
			 CXLMB_E_COUNT_MISMATCH);
	assert_string_equal(err.field, FN("n"));
	/* a failed decode leaves a zeroed value: decode again */
	assert_int_equal(cxlmb_schema_decode(&t_trl, wire, sizeof(wire), CXLMB_STRICT, &t), CXLMB_E_OK);
	/* an array whose entry layout the value does not name is refused */
	t.arr.entry = &t_ent2;
	assert_int_equal(cxlmb_schema_encode(&t_trl, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
	/* entries counted but no bytes to read them from */
	t.arr.entry = NULL;
	t.arr.data = NULL;
	assert_int_equal(cxlmb_schema_encode(&t_trl, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
	/* count field and array disagree */
	t.arr.data = wire + 1;
	t.n = 1;
	assert_int_equal(cxlmb_schema_encode(&t_trl, &t, out, sizeof(out), &n), CXLMB_E_COUNT_MISMATCH);
	/* counts past the payload maximum never give a length */
	t.arr.count = CXLMB_PAYLOAD_MAX + 1;
	assert_int_equal(cxlmb_schema_encoded_len(&t_trl, &t), 0);
	assert_int_equal(cxlmb_schema_encode(&t_trl, &t, out, sizeof(out), &n), CXLMB_E_OVERSIZE);
}

/* ---- a 32-bit count of 2-byte entries: count * size past the maximum ---- */
struct t_c2 {
	uint32_t n;
	struct cxlmb_array arr;
};
static const struct cxlmb_field t_c2_fields[] = {
	CXLMB_U(struct t_c2, n, 0, 4),
	CXLMB_ARRAY(struct t_c2, arr, 4, n, t_ent2),
};
static CXLMB_SCHEMA(t_c2, struct t_c2, 4, 0);

static void test_array_bytes_oversize(void **state)
{
	(void)state;
	static const uint8_t data[4] = { 1, 2, 3, 4 };
	struct t_c2 t = { CXLMB_PAYLOAD_MAX / 2 + 1, { data, CXLMB_PAYLOAD_MAX / 2 + 1, NULL } };
	uint8_t out[16];
	size_t n = 99;

	assert_int_equal(cxlmb_schema_encoded_len(&t_c2, &t), 0);
	assert_int_equal(cxlmb_schema_encode(&t_c2, &t, out, sizeof(out), &n), CXLMB_E_OVERSIZE);
	assert_int_equal(n, 99);
	t.n = t.arr.count = 2;
	assert_int_equal(cxlmb_schema_encoded_len(&t_c2, &t), 8);
	/* no out_len wanted */
	assert_int_equal(cxlmb_schema_encode(&t_c2, &t, out, sizeof(out), NULL), CXLMB_E_OK);
	assert_memory_equal(out, "\x02\x00\x00\x00\x01\x02\x03\x04", 8);
}

/* ---- a layout with no fields at all (an empty payload) ---- */
static const struct cxlmb_schema t_empty = { .name = "t_empty", .st_size = 1 };

static void test_empty_layout(void **state)
{
	(void)state;
	struct cxlmb_decode_err err;
	uint8_t v = 7, one[1] = { 0 };
	size_t n = 99;

	assert_int_equal(cxlmb_schema_encoded_len(&t_empty, &v), 0);
	assert_int_equal(cxlmb_schema_encode(&t_empty, &v, NULL, 0, &n), CXLMB_E_OK);
	assert_int_equal(n, 0);
	assert_int_equal(cxlmb_schema_decode(&t_empty, NULL, 0, CXLMB_STRICT, &v), CXLMB_E_OK);
	assert_int_equal(v, 0); /* zeroed */
	assert_int_equal(cxlmb_schema_decode_ex(&t_empty, NULL, 0, one, 1, CXLMB_STRICT, &v, &err),
			 CXLMB_E_OVERSIZE);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode(&t_empty, one, 1, CXLMB_ALLOW_TRAILING, &v), CXLMB_E_OK);
}

/* ---- arguments ---- */
static void test_arguments(void **state)
{
	(void)state;
	struct cxlmb_decode_err err = { "x", 5 };
	struct t_ent e = { 0 };
	uint64_t e2[1];
	uint8_t b[2] = { 0 };
	size_t n = 0;

	assert_int_equal(cxlmb_schema_decode_ex(NULL, NULL, 0, b, 1, 0, &e, &err), CXLMB_E_INVALID_ARG);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode_ex(&t_ent, NULL, 0, NULL, 1, 0, &e, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode_ex(&t_ent, NULL, 1, b, 1, 0, &e, NULL), CXLMB_E_INVALID_ARG);
	/* too short: the error names no field, and the offset is the length */
	assert_int_equal(cxlmb_schema_decode_ex(&t_ent, b, 1, NULL, 0, 0, &e, &err), CXLMB_E_TRUNCATED);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode_ex(&t_ent2, NULL, 0, b, 1, 0, e2, &err), CXLMB_E_TRUNCATED);
	assert_null(err.field);
	assert_int_equal(err.offset, 1);

	assert_int_equal(cxlmb_schema_encoded_len(NULL, &e), 0);
	assert_int_equal(cxlmb_schema_encoded_len(&t_ent, NULL), 0);
	assert_int_equal(cxlmb_schema_encoded_len(&t_ent, &e), 1);
	assert_int_equal(cxlmb_schema_encode(NULL, &e, b, 2, &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_ent, NULL, b, 2, &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_ent, &e, NULL, 2, &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_ent, &e, NULL, 0, &n), CXLMB_E_BUF_TOO_SMALL);

	struct cxlmb_visitor v = { 0 };
	assert_int_equal(cxlmb_schema_visit(NULL, &e, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_visit(&t_ent, NULL, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_visit(&t_ent, &e, 0, NULL), CXLMB_E_INVALID_ARG);
}

static void test_array_get_arguments(void **state)
{
	(void)state;
	static const uint8_t data[2] = { 0x11, 0x22 };
	const struct cxlmb_array a = { data, 2, &t_ent };
	const struct cxlmb_array nodata = { NULL, 2, &t_ent };
	struct t_ent e;

	assert_int_equal(cxlmb_array_get(&t_ent, &a, 1, CXLMB_STRICT, &e), CXLMB_E_OK);
	assert_int_equal(e.a, 0x22);
	assert_int_equal(cxlmb_array_get(NULL, &a, 0, 0, &e), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&t_ent, NULL, 0, 0, &e), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&t_ent, &a, 0, 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&t_ent, &a, 2, 0, &e), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&t_ent, &nodata, 0, 0, &e), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&t_ent2, &a, 0, 0, &e), CXLMB_E_INVALID_ARG);
}

/* ---- cxlmb_schema_count_field over one table that holds three layouts ---- */
struct t_rng {
	uint8_t n;
	struct cxlmb_array a, b;
};
static const struct cxlmb_field t_rng_all[] = {
	CXLMB_ARRAY(struct t_rng, a, 1, n, t_ent),
	CXLMB_U(struct t_rng, n, 0, 1),
	CXLMB_ARRAY(struct t_rng, b, 1, n, t_ent),
};
static const struct cxlmb_schema t_rng_mid = {
	.name = "t_rng_mid", .fields = &t_rng_all[1], .nfields = 1,
	.st_size = sizeof(struct t_rng), .min_len = 1, .max_len = 1,
};
static const struct cxlmb_schema t_rng_whole = {
	.name = "t_rng_whole", .fields = t_rng_all, .nfields = 3,
	.st_size = sizeof(struct t_rng), .min_len = 1, .max_len = 1,
};

static void test_count_field(void **state)
{
	(void)state;
	assert_ptr_equal(cxlmb_schema_count_field(&t_rng_whole, &t_rng_all[2]), &t_rng_all[1]);
	/* the count must come before the array */
	assert_null(cxlmb_schema_count_field(&t_rng_whole, &t_rng_all[0]));
	/* arrays that are not the layout's own */
	assert_null(cxlmb_schema_count_field(&t_rng_mid, &t_rng_all[0]));
	assert_null(cxlmb_schema_count_field(&t_rng_mid, &t_rng_all[2]));
	/* not an array, no layout, no field */
	assert_null(cxlmb_schema_count_field(&t_rng_whole, &t_rng_all[1]));
	assert_null(cxlmb_schema_count_field(NULL, &t_rng_all[2]));
	assert_null(cxlmb_schema_count_field(&t_rng_whole, NULL));
	assert_ptr_equal(cxlmb_schema_count_field(&t_trl, &t_trl_fields[1]), &t_trl_fields[0]);
}

/* ---- tables that break the array rules: refused, never read past ---- */
struct t_arr {
	uint8_t n;
	uint8_t other;
	struct cxlmb_array arr;
};
/* the count member is not described by any field */
static const struct cxlmb_field t_nocnt_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, other, t_ent),
};
static CXLMB_SCHEMA(t_nocnt, struct t_arr, 1, 0);
/* no entry layout */
static const struct cxlmb_field t_noent_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	{ CXLMB_FNAME_("arr").wire_off = 1, .kind = CXLMB_F_ARRAY,
	  .aux = offsetof(struct t_arr, n), .st_off = offsetof(struct t_arr, arr),
	  .st_size = sizeof(struct cxlmb_array) },
};
static CXLMB_SCHEMA(t_noent, struct t_arr, 1, 0);
/* an entry layout of stride 0 */
static const struct cxlmb_schema t_ent0 = {
	.name = "t_ent0", .fields = t_ent_fields, .nfields = 1, .st_size = 1,
	.min_len = 1, .max_len = 1, .entry_size = 0,
};
static const struct cxlmb_field t_stride0_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, n, t_ent0),
};
static CXLMB_SCHEMA(t_stride0, struct t_arr, 1, 0);
/* min_len does not cover the count */
static const struct cxlmb_field t_cfl_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, n, t_ent),
};
static CXLMB_SCHEMA(t_cfl, struct t_arr, 0, 0);
/* the array starts past min_len */
static const struct cxlmb_field t_gap_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 4, n, t_ent),
};
static CXLMB_SCHEMA(t_gap, struct t_arr, 1, 0);
/* an entry shorter than its own layout */
static const struct cxlmb_schema t_entshort = {
	.name = "t_entshort", .fields = t_ent_fields, .nfields = 1, .st_size = 1,
	.min_len = 2, .max_len = 1, .entry_size = 1,
};
static const struct cxlmb_field t_eshort_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, n, t_entshort),
};
static CXLMB_SCHEMA(t_eshort, struct t_arr, 1, 0);

static void expect_array_refused(const struct cxlmb_schema *s, const uint8_t *b, size_t len,
				 int rc, const char *field, uint32_t off)
{
	struct cxlmb_decode_err err;
	struct t_arr t;

	assert_int_equal(cxlmb_schema_decode_ex(s, NULL, 0, b, len, CXLMB_STRICT, &t, &err), rc);
	assert_non_null(err.field);
	assert_string_equal(err.field, field);
	assert_int_equal(err.offset, off);
	/* the array rules hold whatever the flags */
	assert_int_equal(cxlmb_schema_decode(s, b, len, CXLMB_ALLOW_TRAILING, NULL), rc);
}

static void test_bad_array_tables(void **state)
{
	(void)state;
	static const uint8_t zero[2] = { 0, 0 }, one[2] = { 1, 0x55 };
	struct t_arr t = { 0 };
	uint8_t out[8];
	size_t n = 0;

	expect_array_refused(&t_nocnt, zero, 1, CXLMB_E_INVALID_ARG, FN("arr"), 1);
	assert_null(cxlmb_schema_count_field(&t_nocnt, &t_nocnt_fields[1]));
	assert_int_equal(cxlmb_schema_encode(&t_nocnt, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);

	expect_array_refused(&t_noent, zero, 1, CXLMB_E_INVALID_ARG, FN("arr"), 1);
	assert_int_equal(cxlmb_schema_encoded_len(&t_noent, &t), 0);
	assert_int_equal(cxlmb_schema_encode(&t_noent, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);

	expect_array_refused(&t_stride0, zero, 1, CXLMB_E_INVALID_ARG, FN("arr"), 1);
	expect_array_refused(&t_cfl, zero, 0, CXLMB_E_INVALID_ARG, FN("arr"), 1);
	expect_array_refused(&t_gap, zero, 2, CXLMB_E_TRUNCATED, FN("arr"), 4);

	/* an entry that cannot decode cannot be re-encoded either */
	struct cxlmb_decode_err err;
	assert_int_equal(cxlmb_schema_decode_ex(&t_eshort, NULL, 0, one, 2, CXLMB_STRICT, &t, &err),
			 CXLMB_E_TRUNCATED);
	assert_null(err.field);
	assert_int_equal(err.offset, 2);
	t.n = 1;
	t.arr.data = one + 1;
	t.arr.count = 1;
	assert_int_equal(cxlmb_schema_encode(&t_eshort, &t, out, sizeof(out), &n), CXLMB_E_TRUNCATED);
}

/* ---- an entry layout that holds an array itself (depth is one) ---- */
struct t_inner {
	uint8_t n;
	struct cxlmb_array arr;
};
static const struct cxlmb_field t_inner_fields[] = {
	CXLMB_U(struct t_inner, n, 0, 1),
	CXLMB_ARRAY(struct t_inner, arr, 1, n, t_ent),
};
static CXLMB_SCHEMA(t_inner, struct t_inner, 1, 2);
static const struct cxlmb_field t_outer_fields[] = {
	CXLMB_U(struct t_inner, n, 0, 1),
	CXLMB_ARRAY(struct t_inner, arr, 1, n, t_inner),
};
static CXLMB_SCHEMA(t_outer, struct t_inner, 1, 0);

static void test_nested_array(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 1, 1, 0xAA };
	struct cxlmb_decode_err err;
	struct t_inner o, in;
	struct cxlmb_visitor v = { 0 };
	uint8_t out[8];
	size_t n = 0;

	assert_int_equal(cxlmb_schema_decode_ex(&t_outer, NULL, 0, wire, sizeof(wire), CXLMB_STRICT, &o,
						&err),
			 CXLMB_E_INVALID_ARG);
	assert_string_equal(err.field, FN("arr"));
	assert_int_equal(err.offset, 2); /* the inner array, in the caller's buffer */
	/* not strict, entries are not opened: only reading one refuses */
	assert_int_equal(cxlmb_schema_decode(&t_outer, wire, sizeof(wire), CXLMB_EXACT, &o), CXLMB_E_OK);
	assert_int_equal(o.arr.count, 1);
	assert_int_equal(cxlmb_array_get(&t_inner, &o.arr, 0, 0, &in), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_visit(&t_outer, &o, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_outer, &o, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
}

/* ---- array sized by the payload, with a one-byte trailer ---- */
struct t_rest {
	struct cxlmb_array arr;
	uint8_t t;
};
static const struct cxlmb_field t_rest_fields[] = {
	CXLMB_ARRAY_REST(struct t_rest, arr, 0, t_ent2),
	CXLMB_FLD_("t", CXLMB_F_UINT, 0, 1, struct t_rest, t, 0, 0, CXLMB_FF_AFTER, 0),
};
/* min_len 0: the trailer is checked by the array rule, not the minimum */
static CXLMB_SCHEMA(t_rest, struct t_rest, 0, 0);

static void test_rest_array_trailer(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 0x34, 0x12, 7, 9 };
	struct cxlmb_decode_err err;
	struct t_rest r;
	struct t_ent2 e;
	uint8_t out[8];
	size_t n = 0;

	/* not even the trailer */
	assert_int_equal(cxlmb_schema_decode_ex(&t_rest, NULL, 0, wire, 0, CXLMB_STRICT, &r, &err),
			 CXLMB_E_COUNT_MISMATCH);
	assert_string_equal(err.field, FN("arr"));
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode(&t_rest, wire, 0, CXLMB_ALLOW_TRAILING, &r),
			 CXLMB_E_COUNT_MISMATCH);
	/* the trailer alone: no entries */
	assert_int_equal(cxlmb_schema_decode(&t_rest, wire + 2, 1, CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.arr.count, 0);
	assert_int_equal(r.t, 7);
	assert_int_equal(cxlmb_schema_decode(&t_rest, wire, 3, CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.arr.count, 1);
	assert_int_equal(r.t, 7);
	assert_int_equal(cxlmb_array_get(&t_ent2, &r.arr, 0, CXLMB_STRICT, &e), CXLMB_E_OK);
	assert_int_equal(e.a, 0x1234);
	assert_int_equal(cxlmb_schema_encode(&t_rest, &r, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, 3);
	assert_memory_equal(out, wire, 3);
	/* half an entry before the trailer */
	assert_int_equal(cxlmb_schema_decode_ex(&t_rest, NULL, 0, wire, 4, CXLMB_STRICT, &r, &err),
			 CXLMB_E_COUNT_MISMATCH);
	assert_string_equal(err.field, FN("arr"));
	assert_int_equal(err.offset, 2);
	/* allowed trailing bytes: whole entries, the trailer right after them */
	assert_int_equal(cxlmb_schema_decode(&t_rest, wire, 4, CXLMB_ALLOW_TRAILING, &r), CXLMB_E_OK);
	assert_int_equal(r.arr.count, 1);
	assert_int_equal(r.t, 7);
}

/* ---- tails ---- */
struct t_tail {
	uint8_t a;
	struct cxlmb_bytes tail;
	struct cxlmb_bytes tail2;
};
static const struct cxlmb_field t_tail4_fields[] = {
	CXLMB_U(struct t_tail, a, 0, 1),
	CXLMB_TAIL(struct t_tail, tail, 4, 0),
};
static CXLMB_SCHEMA(t_tail4, struct t_tail, 1, 0);
static const struct cxlmb_field t_tail0_fields[] = { CXLMB_TAIL(struct t_tail, tail, 0, 0) };
static CXLMB_SCHEMA(t_tail0, struct t_tail, 0, 0);
static const struct cxlmb_field t_dw_fields[] = { CXLMB_TAIL(struct t_tail, tail, 0, 4) };
static CXLMB_SCHEMA(t_dw, struct t_tail, 0, 0);
/* two tails: only the last sizes the encoding */
static const struct cxlmb_field t_2tail_fields[] = {
	CXLMB_TAIL(struct t_tail, tail, 0, 0),
	CXLMB_TAIL(struct t_tail, tail2, 0, 0),
};
static CXLMB_SCHEMA(t_2tail, struct t_tail, 0, 0);

static uint8_t big[CXLMB_PAYLOAD_MAX + 1];

static void test_tails(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 1, 2, 3, 4, 5, 6, 7 };
	struct cxlmb_decode_err err;
	struct t_tail t;
	uint8_t out[8];
	size_t n = 0;

	/* the tail starts past the bytes given */
	assert_int_equal(cxlmb_schema_decode_ex(&t_tail4, NULL, 0, wire, 2, CXLMB_STRICT, &t, &err),
			 CXLMB_E_TRUNCATED);
	assert_string_equal(err.field, FN("tail"));
	assert_int_equal(err.offset, 4);
	assert_int_equal(cxlmb_schema_decode(&t_tail4, wire, 4, CXLMB_STRICT, &t), CXLMB_E_OK);
	assert_int_equal(t.tail.len, 0);
	assert_int_equal(cxlmb_schema_decode(&t_tail4, wire, 6, CXLMB_STRICT, &t), CXLMB_E_OK);
	assert_int_equal(t.tail.len, 2);
	assert_ptr_equal(t.tail.data, wire + 4);

	/* the payload maximum, and one byte past it */
	assert_int_equal(cxlmb_schema_decode(&t_tail0, big, CXLMB_PAYLOAD_MAX, CXLMB_STRICT, &t), CXLMB_E_OK);
	assert_int_equal(t.tail.len, CXLMB_PAYLOAD_MAX);
	assert_int_equal(cxlmb_schema_decode_ex(&t_tail0, NULL, 0, big, sizeof(big), CXLMB_STRICT, &t, &err),
			 CXLMB_E_OVERSIZE);
	assert_string_equal(err.field, FN("tail"));
	assert_int_equal(err.offset, 0);

	/* whole dwords only, both ways */
	assert_int_equal(cxlmb_schema_decode(&t_dw, wire, 3, CXLMB_STRICT, &t), CXLMB_E_COUNT_MISMATCH);
	memset(&t, 0, sizeof(t));
	t.tail.data = wire;
	t.tail.len = 3;
	assert_int_equal(cxlmb_schema_encode(&t_dw, &t, out, sizeof(out), &n), CXLMB_E_COUNT_MISMATCH);
	t.tail.len = 4;
	assert_int_equal(cxlmb_schema_encode(&t_dw, &t, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, 4);
	assert_memory_equal(out, wire, 4);
	t.tail.data = NULL;
	assert_int_equal(cxlmb_schema_encode(&t_dw, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);

	/* the first of two tails does not fit the length the last one gives */
	memset(&t, 0, sizeof(t));
	t.tail.data = wire;
	t.tail.len = 3;
	assert_int_equal(cxlmb_schema_encoded_len(&t_2tail, &t), 0);
	assert_int_equal(cxlmb_schema_encode(&t_2tail, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
	t.tail2.data = wire;
	t.tail2.len = 3;
	assert_int_equal(cxlmb_schema_encode(&t_2tail, &t, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, 3);
}

/* ---- misordered tables: a field that cannot be placed is an error ---- */
struct t_mis {
	uint8_t n;
	struct cxlmb_array arr;
	uint8_t t;
	struct cxlmb_bytes tail;
};
/* a trailer field listed before its array (no entries end before it) */
static const struct cxlmb_field t_misafter_fields[] = {
	CXLMB_U(struct t_mis, n, 0, 1),
	CXLMB_FLD_("t", CXLMB_F_UINT, 2, 1, struct t_mis, t, 0, 0, CXLMB_FF_AFTER, 0),
	CXLMB_ARRAY(struct t_mis, arr, 1, n, t_ent),
};
static CXLMB_SCHEMA(t_misafter, struct t_mis, 1, 0);
/* a fixed field listed after a tail */
static const struct cxlmb_field t_aftertail_fields[] = {
	CXLMB_TAIL(struct t_mis, tail, 0, 0),
	CXLMB_U(struct t_mis, t, 2, 1),
};
static CXLMB_SCHEMA(t_aftertail, struct t_mis, 0, 0);
/* two counted arrays at one place: the first is not in the length */
struct t_two {
	uint8_t n, m;
	struct cxlmb_array a1, a2;
};
static const struct cxlmb_field t_2arr_fields[] = {
	CXLMB_U(struct t_two, n, 0, 1),
	CXLMB_U(struct t_two, m, 1, 1),
	CXLMB_ARRAY(struct t_two, a1, 2, n, t_ent),
	CXLMB_ARRAY(struct t_two, a2, 2, m, t_ent),
};
static CXLMB_SCHEMA(t_2arr, struct t_two, 2, 0);
/* fixed fields past the layout's length */
struct t_fix {
	uint8_t a, b;
	uint16_t w;
};
static const struct cxlmb_field t_beyond_fields[] = {
	CXLMB_U(struct t_fix, a, 0, 1),
	CXLMB_U(struct t_fix, b, 4, 1),
};
static CXLMB_SCHEMA(t_beyond, struct t_fix, 2, 2);
static const struct cxlmb_field t_torn_fields[] = { CXLMB_U(struct t_fix, w, 1, 2) };
static CXLMB_SCHEMA(t_torn, struct t_fix, 2, 2);

static void test_misordered_tables(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 0, 9, 9, 9 };
	struct cxlmb_decode_err err;
	struct t_mis m;
	struct t_fix f = { 1, 2, 3 };
	uint8_t out[8];
	size_t n = 0;

	assert_int_equal(cxlmb_schema_decode_ex(&t_misafter, NULL, 0, wire, 1, CXLMB_STRICT, &m, &err),
			 CXLMB_E_TRUNCATED);
	assert_string_equal(err.field, FN("t"));
	assert_int_equal(err.offset, 2);
	assert_int_equal(cxlmb_schema_decode_ex(&t_aftertail, NULL, 0, wire, 1, CXLMB_STRICT, &m, &err),
			 CXLMB_E_COUNT_MISMATCH);
	assert_string_equal(err.field, FN("t"));
	assert_int_equal(err.offset, 2);

	struct t_two two = { 1, 0, { wire, 1, NULL }, { NULL, 0, NULL } };
	assert_int_equal(cxlmb_schema_encoded_len(&t_2arr, &two), 2);
	assert_int_equal(cxlmb_schema_encode(&t_2arr, &two, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);

	assert_int_equal(cxlmb_schema_encode(&t_beyond, &f, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_torn, &f, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode(&t_torn, wire, 2, CXLMB_STRICT, &f), CXLMB_E_TRUNCATED);
}

/* ---- signed fields ---- */
struct t_s64 {
	int64_t v;
};
static const struct cxlmb_field t_s64_fields[] = { CXLMB_S(struct t_s64, v, 0, 8) };
static CXLMB_SCHEMA(t_s64, struct t_s64, 8, 8);
struct t_s8 {
	int16_t v;
	uint8_t u;
};
static const struct cxlmb_field t_s8_fields[] = {
	CXLMB_S(struct t_s8, v, 0, 1),
	CXLMB_U(struct t_s8, u, 1, 1),
};
static CXLMB_SCHEMA(t_s8, struct t_s8, 2, 2);

struct seen {
	int64_t s;
	uint64_t u;
	unsigned nsint, nuint;
};
static void seen_sint(void *ctx, const char *name, int64_t v)
{
	struct seen *s = ctx;
	(void)name;
	s->s = v;
	s->nsint++;
}
static void seen_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	struct seen *s = ctx;
	(void)name, (void)ff;
	s->u = v;
	s->nuint++;
}

static void test_signed(void **state)
{
	(void)state;
	static const uint8_t m1[8] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
	static const uint8_t p[8] = { 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F };
	struct t_s64 s;
	struct t_s8 s8;
	struct seen seen = { 0 };
	struct cxlmb_visitor v = { .ctx = &seen, .sint = seen_sint, .uint = seen_uint };
	uint8_t out[8];
	size_t n = 0;

	/* validate only */
	assert_int_equal(cxlmb_schema_decode(&t_s64, m1, 8, CXLMB_STRICT, NULL), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_decode(&t_s64, m1, 7, CXLMB_STRICT, NULL), CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_schema_decode(&t_s64, m1, 8, CXLMB_STRICT, &s), CXLMB_E_OK);
	assert_true(s.v == -1);
	assert_int_equal(cxlmb_schema_encode(&t_s64, &s, out, sizeof(out), &n), CXLMB_E_OK);
	assert_memory_equal(out, m1, 8);
	assert_int_equal(cxlmb_schema_visit(&t_s64, &s, 0, &v), CXLMB_E_OK);
	assert_int_equal(seen.nsint, 1);
	assert_true(seen.s == -1);
	assert_int_equal(cxlmb_schema_decode(&t_s64, p, 8, CXLMB_STRICT, &s), CXLMB_E_OK);
	assert_true(s.v == INT64_MAX - 1);
	assert_int_equal(cxlmb_schema_encode(&t_s64, &s, out, sizeof(out), &n), CXLMB_E_OK);
	assert_memory_equal(out, p, 8);

	/* a 16-bit member of a one-byte field: -128..127 */
	static const int16_t fits[] = { -128, -1, 0, 127 };
	for (size_t i = 0; i < 4; i++) {
		s8.v = fits[i];
		s8.u = 5;
		assert_int_equal(cxlmb_schema_encode(&t_s8, &s8, out, sizeof(out), &n), CXLMB_E_OK);
		assert_int_equal(out[0], (uint8_t)fits[i]);
		assert_int_equal(cxlmb_schema_decode(&t_s8, out, 2, CXLMB_STRICT, &s8), CXLMB_E_OK);
		assert_int_equal(s8.v, fits[i]);
	}
	static const int16_t wide[] = { -200, -129, 128, 300 };
	for (size_t i = 0; i < 4; i++) {
		s8.v = wide[i];
		assert_int_equal(cxlmb_schema_encode(&t_s8, &s8, out, sizeof(out), &n), CXLMB_E_VALUE_RANGE);
	}
	/* the visitor sign-extends the member; absent callbacks are skipped */
	s8.v = -3;
	s8.u = 9;
	memset(&seen, 0, sizeof(seen));
	assert_int_equal(cxlmb_schema_visit(&t_s8, &s8, 0, &v), CXLMB_E_OK);
	assert_true(seen.s == -3);
	assert_int_equal(seen.u, 9);
	struct cxlmb_visitor none = { .ctx = &seen };
	memset(&seen, 0, sizeof(seen));
	assert_int_equal(cxlmb_schema_visit(&t_s8, &s8, 0, &none), CXLMB_E_OK);
	assert_int_equal(seen.nsint + seen.nuint, 0);
}

/* ---- visiting arrays ---- */
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
/* an entry struct larger than the visitor's scratch */
static const struct cxlmb_schema t_bigent = {
	.name = "t_bigent", .fields = t_ent_fields, .nfields = 1, .st_size = CXLMB_ENTRY_STRUCT_MAX + 8,
	.min_len = 1, .max_len = 1, .entry_size = 1,
};
static const struct cxlmb_field t_bigout_fields[] = {
	CXLMB_U(struct t_arr, n, 0, 1),
	CXLMB_ARRAY(struct t_arr, arr, 1, n, t_bigent),
};
static CXLMB_SCHEMA(t_bigout, struct t_arr, 1, 0);

struct walk {
	unsigned begins, elems, ends, count;
	uint64_t last;
};
static void w_begin(void *ctx, const char *name, uint32_t count)
{
	struct walk *w = ctx;
	(void)name;
	w->begins++;
	w->count = count;
}
static void w_elem(void *ctx, uint32_t i)
{
	(void)i;
	((struct walk *)ctx)->elems++;
}
static void w_end(void *ctx)
{
	((struct walk *)ctx)->ends++;
}
static void w_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)name, (void)ff;
	((struct walk *)ctx)->last = v;
}

static void test_visit_arrays(void **state)
{
	(void)state;
	static const uint8_t wire[] = { 2, 5, 0, 6, 0xFF };
	struct walk w = { 0 };
	struct cxlmb_visitor v = { .ctx = &w, .uint = w_uint, .array_begin = w_begin,
				   .elem_begin = w_elem, .elem_end = w_end, .array_end = w_end };
	struct t_arr t;
	uint8_t out[8];
	size_t n = 0;

	/* the second entry's reserved byte is set: only a strict look sees it */
	assert_int_equal(cxlmb_schema_decode(&t_rout, wire, sizeof(wire), CXLMB_STRICT, &t),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_schema_decode(&t_rout, wire, sizeof(wire), CXLMB_EXACT, &t), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_visit(&t_rout, &t, 0, &v), CXLMB_E_OK);
	assert_int_equal(w.begins, 1);
	assert_int_equal(w.count, 2);
	assert_int_equal(w.elems, 2);
	assert_int_equal(w.ends, 3);
	assert_int_equal(w.last, 6);
	memset(&w, 0, sizeof(w));
	assert_int_equal(cxlmb_schema_visit(&t_rout, &t, CXLMB_STRICT, &v), CXLMB_E_RESERVED_SET);
	assert_int_equal(w.elems, 1); /* stopped at the bad entry */
	/* re-encoding clears the reserved byte */
	assert_int_equal(cxlmb_schema_encode(&t_rout, &t, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, sizeof(wire));
	assert_memory_equal(out, "\x02\x05\x00\x06\x00", 5);

	/* entry struct larger than scratch: refused, not overrun */
	static const uint8_t one[] = { 1, 0x42 };
	assert_int_equal(cxlmb_schema_decode(&t_bigout, one, sizeof(one), CXLMB_STRICT, &t), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_visit(&t_bigout, &t, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&t_bigout, &t, out, sizeof(out), &n), CXLMB_E_INVALID_ARG);
}

/* ---- hooks: the typed and the validate-only paths give one answer ---- */
static int hk_bind(void *val, const uint8_t *req, size_t req_len, unsigned flags)
{
	(void)val, (void)flags;
	return req && req_len && req[0] == 0xBB ? CXLMB_E_INVALID_ARG : CXLMB_E_OK;
}
static int hk_check(const void *val, unsigned flags)
{
	(void)flags;
	return ((const struct t_ent *)val)->a == 0xEE ? CXLMB_E_VALUE_RANGE : CXLMB_E_OK;
}
static const struct cxlmb_schema_hooks hk_hooks = { hk_bind, hk_check };
static const struct cxlmb_field t_hk_fields[] = { CXLMB_U(struct t_ent, a, 0, 1) };
static CXLMB_SCHEMA_HOOKED(t_hk, struct t_ent, 1, 1, hk_hooks);
static const struct cxlmb_schema t_hkbig = {
	.name = "t_hkbig", .fields = t_hk_fields, .hooks = &hk_hooks, .nfields = 1,
	.st_size = CXLMB_CMD_STRUCT_MAX + 8, .min_len = 1, .max_len = 1,
};

static void test_hooks_validate_only(void **state)
{
	(void)state;
	static const uint8_t ee[1] = { 0xEE }, ok[1] = { 0x01 }, bb[1] = { 0xBB };
	struct cxlmb_decode_err err;
	uint64_t big_out[(CXLMB_CMD_STRUCT_MAX + 8) / 8];
	struct t_ent e;

	assert_int_equal(cxlmb_schema_decode(&t_hk, ee, 1, CXLMB_STRICT, &e), CXLMB_E_VALUE_RANGE);
	assert_int_equal(cxlmb_schema_decode(&t_hk, ee, 1, CXLMB_STRICT, NULL), CXLMB_E_VALUE_RANGE);
	/* regression: decode_ex without a value to fill skipped the hooks */
	assert_int_equal(cxlmb_schema_decode_ex(&t_hk, NULL, 0, ee, 1, CXLMB_STRICT, NULL, &err),
			 CXLMB_E_VALUE_RANGE);
	assert_int_equal(cxlmb_schema_decode_ex(&t_hk, bb, 1, ok, 1, CXLMB_STRICT, NULL, &err),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode_ex(&t_hk, ok, 1, ok, 1, CXLMB_STRICT, NULL, &err), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_decode_ex(&t_hk, bb, 1, ok, 1, CXLMB_STRICT, &e, &err),
			 CXLMB_E_INVALID_ARG);
	/* the length rules come first */
	assert_int_equal(cxlmb_schema_decode_ex(&t_hk, NULL, 0, ee, 0, CXLMB_STRICT, NULL, &err),
			 CXLMB_E_TRUNCATED);
	/* a value too large for the scratch cannot be checked without the caller's */
	assert_int_equal(cxlmb_schema_decode(&t_hkbig, ok, 1, CXLMB_STRICT, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode(&t_hkbig, ok, 1, CXLMB_STRICT, big_out), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_decode(&t_hkbig, ee, 1, CXLMB_STRICT, big_out), CXLMB_E_VALUE_RANGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enum_mask),
		cmocka_unit_test(test_enum_mask_device_byte),
		cmocka_unit_test(test_trailer),
		cmocka_unit_test(test_array_bytes_oversize),
		cmocka_unit_test(test_empty_layout),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_array_get_arguments),
		cmocka_unit_test(test_count_field),
		cmocka_unit_test(test_bad_array_tables),
		cmocka_unit_test(test_nested_array),
		cmocka_unit_test(test_rest_array_trailer),
		cmocka_unit_test(test_tails),
		cmocka_unit_test(test_misordered_tables),
		cmocka_unit_test(test_signed),
		cmocka_unit_test(test_visit_arrays),
		cmocka_unit_test(test_hooks_validate_only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
