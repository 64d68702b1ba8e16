/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The argument and length checks of the layout interpreter (schema.c) and
 * the policy (policy*.c), one at a time: each bad argument alone is
 * refused, the nearest good one is accepted, boundaries are exact.  Written
 * against the survivors ci/mutation found there. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

/* ---- a small layout with a counted array ---- */

struct ent {
	uint8_t a;
	uint8_t b;
};

static const struct cxlmb_field ent_fields[] = {
	{ CXLMB_FNAME_("a").wire_off = 0, .wire_size = 1, .st_off = offsetof(struct ent, a),
	  .kind = CXLMB_F_UINT, .st_size = 1 },
	{ CXLMB_FNAME_("b").wire_off = 1, .wire_size = 1, .st_off = offsetof(struct ent, b),
	  .kind = CXLMB_F_UINT, .st_size = 1 },
};
static const struct cxlmb_schema ent_schema = {
	.name = "ent", .fields = ent_fields, .nfields = 2, .st_size = sizeof(struct ent),
	.min_len = 2, .max_len = 2, .entry_size = 2,
};

struct list {
	uint8_t n;
	struct cxlmb_array e;
};

/* count at 0, entries from 1 */
#define COUNT_FIELD                                                                              \
	{ CXLMB_FNAME_("n").wire_off = 0, .wire_size = 1, .st_off = offsetof(struct list, n),   \
	  .kind = CXLMB_F_UINT, .st_size = 1 }
static const struct cxlmb_field list_fields[] = {
	COUNT_FIELD,
	{ CXLMB_FNAME_("e").entry = &ent_schema, .wire_off = 1, .st_off = offsetof(struct list, e),
	  .aux = offsetof(struct list, n), .kind = CXLMB_F_ARRAY },
};
static const struct cxlmb_schema list_schema = {
	.name = "list", .fields = list_fields, .nfields = 2, .st_size = sizeof(struct list),
	.min_len = 1,
};

/* the same with the array's count member naming no field: a broken layout */
static const struct cxlmb_field nocount_fields[] = {
	COUNT_FIELD,
	{ CXLMB_FNAME_("e").entry = &ent_schema, .wire_off = 1, .st_off = offsetof(struct list, e),
	  .aux = offsetof(struct list, e), .kind = CXLMB_F_ARRAY },
};
static const struct cxlmb_schema nocount_schema = {
	.name = "nocount", .fields = nocount_fields, .nfields = 2, .st_size = sizeof(struct list),
	.min_len = 1,
};

static void test_array_needs_a_count(void **state)
{
	static const uint8_t wire[] = { 2, 0x11, 0x12, 0x21, 0x22 };
	struct list l;
	struct ent e;
	struct cxlmb_decode_err err = { "stale", 99 };
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	assert_int_equal(l.e.count, 2);
	assert_int_equal(cxlmb_array_get(&ent_schema, &l.e, 1, CXLMB_STRICT, &e), 0);
	assert_int_equal(e.a, 0x21);
	assert_int_equal(e.b, 0x22);
	/* no count field and not sized by the payload: refused, naming the array */
	assert_int_equal(cxlmb_schema_decode_ex(&nocount_schema, NULL, 0, wire, sizeof(wire),
						CXLMB_STRICT, &l, &err),
			 CXLMB_E_INVALID_ARG);
	assert_non_null(err.field);
	assert_int_equal(err.offset, 1);
	assert_int_equal(cxlmb_schema_decode(&nocount_schema, wire, sizeof(wire), CXLMB_LENIENT, NULL),
			 CXLMB_E_INVALID_ARG);
	assert_null(cxlmb_schema_count_field(&nocount_schema, &nocount_fields[1]));
	static const uint8_t none[1] = { 0 };
	/* entries of no bytes: refused, never counted */
	struct cxlmb_schema empty_entry = ent_schema, zero_list = list_schema;
	struct cxlmb_field zero_fields[2] = { list_fields[0], list_fields[1] };
	empty_entry.entry_size = 0;
	zero_fields[1].entry = &empty_entry;
	zero_list.fields = zero_fields;
	assert_int_equal(cxlmb_schema_decode(&zero_list, none, 1, CXLMB_LENIENT, &l),
			 CXLMB_E_INVALID_ARG);
	/* a count field the payload does not reach (an optional one): refused */
	zero_fields[1].entry = &ent_schema;
	zero_list.min_len = 0;
	assert_int_equal(cxlmb_schema_decode(&zero_list, none, 1, CXLMB_LENIENT, &l), 0);
	assert_int_equal(l.e.count, 0);
	assert_int_equal(cxlmb_schema_decode(&zero_list, none, 0, CXLMB_LENIENT, &l),
			 CXLMB_E_INVALID_ARG);
	assert_ptr_equal(cxlmb_schema_count_field(&list_schema, &list_fields[1]), &list_fields[0]);
}

static void test_array_get_arguments(void **state)
{
	static const uint8_t wire[] = { 2, 0x11, 0x12, 0x21, 0x22 };
	struct list l;
	struct cxlmb_array a;
	struct ent e;
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	assert_int_equal(cxlmb_array_get(&ent_schema, &l.e, 0, CXLMB_STRICT, &e), 0);
	assert_int_equal(e.a, 0x11);
	/* the last index, and one past it */
	assert_int_equal(cxlmb_array_get(&ent_schema, &l.e, 1, CXLMB_STRICT, &e), 0);
	assert_int_equal(cxlmb_array_get(&ent_schema, &l.e, 2, CXLMB_STRICT, &e),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(NULL, &l.e, 0, CXLMB_STRICT, &e), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&ent_schema, NULL, 0, CXLMB_STRICT, &e),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_array_get(&ent_schema, &l.e, 0, CXLMB_STRICT, NULL),
			 CXLMB_E_INVALID_ARG);
	a = l.e;
	a.data = NULL;
	assert_int_equal(cxlmb_array_get(&ent_schema, &a, 0, CXLMB_STRICT, &e), CXLMB_E_INVALID_ARG);
	a = l.e;
	a.entry = &list_schema; /* another layout's array */
	assert_int_equal(cxlmb_array_get(&ent_schema, &a, 0, CXLMB_STRICT, &e), CXLMB_E_INVALID_ARG);
}

static void test_schema_decode_arguments(void **state)
{
	static const uint8_t wire[] = { 0 };
	uint8_t req[4] = { 0 };
	struct list l;
	struct cxlmb_decode_err err = { "stale", 99 };
	(void)state;

	/* an empty list: buf may be NULL only with len 0, req only with req_len 0 */
	assert_int_equal(cxlmb_schema_decode_ex(&list_schema, NULL, 0, wire, 1, 0, &l, &err), 0);
	assert_null(err.field);
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode_ex(NULL, NULL, 0, wire, 1, 0, &l, NULL),
			 CXLMB_E_INVALID_ARG);
	err.field = "stale";
	err.offset = 99;
	assert_int_equal(cxlmb_schema_decode_ex(&list_schema, NULL, 0, NULL, 1, 0, &l, &err),
			 CXLMB_E_INVALID_ARG);
	assert_null(err.field); /* cleared even when refused */
	assert_int_equal(err.offset, 0);
	assert_int_equal(cxlmb_schema_decode_ex(&list_schema, NULL, 4, wire, 1, 0, &l, NULL),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode_ex(&list_schema, req, 4, wire, 1, 0, &l, NULL), 0);
	/* NULL with 0 bytes is an empty payload: too short for the count */
	assert_int_equal(cxlmb_schema_decode_ex(&list_schema, NULL, 0, NULL, 0, 0, &l, NULL),
			 CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_schema_decode(NULL, wire, 1, 0, &l), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_decode(&list_schema, NULL, 1, 0, NULL), CXLMB_E_INVALID_ARG);
}

static void test_schema_encode_arguments(void **state)
{
	static const uint8_t wire[] = { 2, 0x11, 0x12, 0x21, 0x22 };
	struct list l;
	uint8_t buf[8];
	size_t n = 77;
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	assert_int_equal(cxlmb_schema_encoded_len(&list_schema, &l), sizeof(wire));
	assert_int_equal(cxlmb_schema_encode(NULL, &l, buf, sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&list_schema, NULL, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, NULL, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(n, 77);
	/* no buffer and no room: too small, not a bad argument */
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, NULL, 0, &n), CXLMB_E_BUF_TOO_SMALL);
	/* exactly the room needed, and one byte less */
	memset(buf, 0xEE, sizeof(buf));
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(wire) - 1, &n),
			 CXLMB_E_BUF_TOO_SMALL);
	assert_int_equal(n, 77);
	assert_int_equal(buf[0], 0xEE); /* nothing written */
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(wire), &n), 0);
	assert_int_equal(n, sizeof(wire));
	assert_memory_equal(buf, wire, sizeof(wire));
	assert_int_equal(buf[sizeof(wire)], 0xEE);
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(wire), NULL), 0);
}

static void visit_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)name, (void)v, (void)ff;
	(*(unsigned *)ctx)++;
}

static void test_schema_visit_arguments(void **state)
{
	static const uint8_t wire[] = { 1, 0x11, 0x12 };
	struct list l;
	unsigned seen = 0;
	struct cxlmb_visitor v = { 0 };
	(void)state;

	v.ctx = &seen;
	v.uint = visit_uint;
	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	assert_int_equal(cxlmb_schema_visit(NULL, &l, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_visit(&list_schema, NULL, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_schema_visit(&list_schema, &l, 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(seen, 0);
	assert_int_equal(cxlmb_schema_visit(&list_schema, &l, 0, &v), 0);
	assert_int_equal(seen, 3); /* n, and the entry's a and b */
}

/* Encoding checks the array as decoding does: a count field (or REST), the
 * value's own layout if it names one, the count the count field holds. */
static void test_encode_array_checks(void **state)
{
	static const uint8_t wire[] = { 2, 0x11, 0x12, 0x21, 0x22 };
	struct list l;
	uint8_t buf[8];
	size_t n = 0;
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	assert_int_equal(cxlmb_schema_encode(&nocount_schema, &l, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	l.e.entry = &list_schema;
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	l.e.entry = NULL; /* a value built by hand need not name it */
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(buf), &n), 0);
	assert_memory_equal(buf, wire, sizeof(wire));
	l.n = 1;
	assert_int_equal(cxlmb_schema_encode(&list_schema, &l, buf, sizeof(buf), &n),
			 CXLMB_E_COUNT_MISMATCH);
}

/* An entry that holds an array itself is refused both ways. */
static const struct cxlmb_schema nested_entry = {
	.name = "nested", .fields = list_fields, .nfields = 2, .st_size = sizeof(struct list),
	.min_len = 1, .entry_size = 1,
};

struct outer {
	uint8_t n;
	struct cxlmb_array e;
};

static const struct cxlmb_field outer_fields[] = {
	COUNT_FIELD,
	{ CXLMB_FNAME_("e").entry = &nested_entry, .wire_off = 1, .st_off = offsetof(struct outer, e),
	  .aux = offsetof(struct outer, n), .kind = CXLMB_F_ARRAY },
};
static const struct cxlmb_schema outer_schema = {
	.name = "outer", .fields = outer_fields, .nfields = 2, .st_size = sizeof(struct outer),
	.min_len = 1,
};

static void test_no_array_in_an_entry(void **state)
{
	static const uint8_t wire[] = { 1, 0 };
	struct outer o;
	struct list inner;
	struct cxlmb_array a;
	uint8_t buf[8];
	size_t n = 0;
	(void)state;

	/* the outer array is fine; its entry's array is not */
	assert_int_equal(cxlmb_schema_decode(&outer_schema, wire, sizeof(wire), CXLMB_LENIENT, &o), 0);
	assert_int_equal(o.e.count, 1);
	assert_int_equal(cxlmb_array_get(&nested_entry, &o.e, 0, CXLMB_LENIENT, &inner),
			 CXLMB_E_INVALID_ARG);
	memset(&inner, 0, sizeof(inner));
	a.data = (const uint8_t *)&inner;
	a.count = 1;
	a.entry = &nested_entry;
	o.n = 1;
	o.e = a;
	assert_int_equal(cxlmb_schema_encode(&outer_schema, &o, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
}

/* Scratch space is bounded: a layout larger than it is refused, never
 * decoded past the scratch. */
static unsigned checks;

static int count_check(const void *val, unsigned flags)
{
	(void)val, (void)flags;
	checks++;
	return CXLMB_E_OK;
}

static const struct cxlmb_schema_hooks counting_hooks = { NULL, count_check };

static void test_scratch_bounds(void **state)
{
	static const uint8_t wire[] = { 1, 0x11, 0x12 };
	struct cxlmb_schema hooked = list_schema, big_entry = ent_schema;
	struct cxlmb_field big_fields[2] = { list_fields[0], list_fields[1] };
	struct cxlmb_schema big_list = list_schema;
	struct list l;
	struct cxlmb_visitor v = { 0 };
	(void)state;

	/* validate-only decode of a hooked layout: in scratch, the hook runs */
	hooked.hooks = &counting_hooks;
	checks = 0;
	assert_int_equal(cxlmb_schema_decode(&hooked, wire, sizeof(wire), CXLMB_STRICT, NULL), 0);
	assert_int_equal(checks, 1);
	hooked.st_size = CXLMB_CMD_STRUCT_MAX;
	assert_int_equal(cxlmb_schema_decode(&hooked, wire, sizeof(wire), CXLMB_STRICT, NULL), 0);
	hooked.st_size = CXLMB_CMD_STRUCT_MAX + 1;
	assert_int_equal(cxlmb_schema_decode(&hooked, wire, sizeof(wire), CXLMB_STRICT, NULL),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(checks, 2);

	/* visiting an array whose entries would not fit the visitor's scratch */
	assert_int_equal(cxlmb_schema_decode(&list_schema, wire, sizeof(wire), CXLMB_STRICT, &l), 0);
	big_entry.st_size = CXLMB_ENTRY_STRUCT_MAX + 1;
	big_fields[1].entry = &big_entry;
	big_list.fields = big_fields;
	l.e.entry = &big_entry;
	assert_int_equal(cxlmb_schema_visit(&big_list, &l, 0, &v), CXLMB_E_INVALID_ARG);
	/* and re-encoding them (each entry goes through the scratch) */
	uint8_t buf[8];
	size_t n = 0;
	assert_int_equal(cxlmb_schema_encode(&big_list, &l, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	big_entry.st_size = CXLMB_ENTRY_STRUCT_MAX;
	assert_int_equal(cxlmb_schema_visit(&big_list, &l, 0, &v), 0);
	assert_int_equal(cxlmb_schema_encode(&big_list, &l, buf, sizeof(buf), &n), 0);
	assert_int_equal(n, sizeof(wire));
	assert_memory_equal(buf, wire, sizeof(wire));
}

/* A layout whose fields run past its own length: encoding refuses the
 * field rather than write past the length it computed. */
static void test_encode_bounded_by_layout_length(void **state)
{
	struct cxlmb_schema shorter = ent_schema;
	struct ent e = { 0x11, 0x22 };
	uint8_t buf[4] = { 0xEE, 0xEE, 0xEE, 0xEE };
	size_t n = 9;
	(void)state;

	assert_int_equal(cxlmb_schema_encode(&ent_schema, &e, buf, sizeof(buf), &n), 0);
	assert_int_equal(n, 2);
	memset(buf, 0xEE, sizeof(buf));
	shorter.min_len = shorter.max_len = 1; /* field b lies at 1..2 */
	n = 9;
	assert_int_equal(cxlmb_schema_encode(&shorter, &e, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(buf[1], 0xEE);
	assert_int_equal(n, 9);
}

/* A tail is at most the largest payload: exactly that is taken, a byte
 * more is OVERSIZE. */
struct tailed {
	struct cxlmb_bytes t;
};

static const struct cxlmb_field tail_fields[] = {
	{ CXLMB_FNAME_("t").wire_off = 0, .st_off = offsetof(struct tailed, t),
	  .kind = CXLMB_F_TAIL },
};
static const struct cxlmb_schema tail_schema = {
	.name = "tail", .fields = tail_fields, .nfields = 1, .st_size = sizeof(struct tailed),
};

static void test_tail_at_most_the_largest_payload(void **state)
{
	static uint8_t big[CXLMB_PAYLOAD_MAX + 1];
	struct tailed t;
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&tail_schema, big, CXLMB_PAYLOAD_MAX, CXLMB_STRICT, &t),
			 0);
	assert_int_equal(t.t.len, CXLMB_PAYLOAD_MAX);
	assert_ptr_equal(t.t.data, big);
	assert_int_equal(cxlmb_schema_decode(&tail_schema, big, sizeof(big), CXLMB_STRICT, &t),
			 CXLMB_E_OVERSIZE);
}

/* Signed fields narrower than the member are sign-extended; the 8-byte
 * one is taken as it is. */
struct signs {
	int64_t a, b, c;
};

static const struct cxlmb_field sign_fields[] = {
	{ CXLMB_FNAME_("a").wire_off = 0, .wire_size = 1, .st_off = offsetof(struct signs, a),
	  .kind = CXLMB_F_SINT, .st_size = 8 },
	{ CXLMB_FNAME_("b").wire_off = 1, .wire_size = 2, .st_off = offsetof(struct signs, b),
	  .kind = CXLMB_F_SINT, .st_size = 8 },
	{ CXLMB_FNAME_("c").wire_off = 3, .wire_size = 8, .st_off = offsetof(struct signs, c),
	  .kind = CXLMB_F_SINT, .st_size = 8 },
};
static const struct cxlmb_schema sign_schema = {
	.name = "signs", .fields = sign_fields, .nfields = 3, .st_size = sizeof(struct signs),
	.min_len = 11, .max_len = 11,
};

static void test_signed_fields(void **state)
{
	static const uint8_t neg[11] = { 0x80, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
					 0xFF, 0xFF, 0xFF, 0xFF };
	static const uint8_t pos[11] = { 0x7F, 0xFF, 0x7F, 0x01 };
	struct signs v;
	uint8_t buf[11];
	size_t n = 0;
	(void)state;

	assert_int_equal(cxlmb_schema_decode(&sign_schema, neg, sizeof(neg), CXLMB_STRICT, &v), 0);
	assert_true(v.a == -128 && v.b == -2 && v.c == -1);
	assert_int_equal(cxlmb_schema_encode(&sign_schema, &v, buf, sizeof(buf), &n), 0);
	assert_memory_equal(buf, neg, sizeof(neg));
	assert_int_equal(cxlmb_schema_decode(&sign_schema, pos, sizeof(pos), CXLMB_STRICT, &v), 0);
	assert_true(v.a == 127 && v.b == 32767 && v.c == 1);
	/* a member that does not fit its wire width is refused, either end */
	v.a = 128;
	assert_int_equal(cxlmb_schema_encode(&sign_schema, &v, buf, sizeof(buf), &n),
			 CXLMB_E_VALUE_RANGE);
	v.a = -129;
	assert_int_equal(cxlmb_schema_encode(&sign_schema, &v, buf, sizeof(buf), &n),
			 CXLMB_E_VALUE_RANGE);
	v.a = -128;
	v.b = 32768;
	assert_int_equal(cxlmb_schema_encode(&sign_schema, &v, buf, sizeof(buf), &n),
			 CXLMB_E_VALUE_RANGE);
	v.b = -32768;
	v.c = INT64_MIN;
	assert_int_equal(cxlmb_schema_encode(&sign_schema, &v, buf, sizeof(buf), &n), 0);
	assert_int_equal(buf[0], 0x80);
	assert_int_equal(buf[2], 0x80);
	assert_int_equal(buf[10], 0x80);
}

/* The encoded length of nothing is 0, even for a fixed layout. */
static void test_encoded_len_arguments(void **state)
{
	struct ent e = { 1, 2 };
	(void)state;

	assert_int_equal(cxlmb_schema_encoded_len(&ent_schema, &e), 2);
	assert_int_equal(cxlmb_schema_encoded_len(&ent_schema, NULL), 0);
	assert_int_equal(cxlmb_schema_encoded_len(NULL, &e), 0);
}

/* An array of 1-byte entries may hold exactly the largest payload's count. */
static const struct cxlmb_schema byte_entry = {
	.name = "byte", .fields = ent_fields, .nfields = 1, .st_size = sizeof(struct ent),
	.min_len = 1, .max_len = 1, .entry_size = 1,
};

static const struct cxlmb_field bytes_fields[] = {
	COUNT_FIELD,
	{ CXLMB_FNAME_("e").entry = &byte_entry, .wire_off = 1, .st_off = offsetof(struct list, e),
	  .aux = offsetof(struct list, n), .kind = CXLMB_F_ARRAY },
};
static const struct cxlmb_schema bytes_schema = {
	.name = "bytes", .fields = bytes_fields, .nfields = 2, .st_size = sizeof(struct list),
	.min_len = 1,
};

static void test_encoded_len_of_the_largest_array(void **state)
{
	struct list l = { 0 };
	(void)state;

	l.e.count = CXLMB_PAYLOAD_MAX;
	assert_int_equal(cxlmb_schema_encoded_len(&bytes_schema, &l), 1 + CXLMB_PAYLOAD_MAX);
	l.e.count = CXLMB_PAYLOAD_MAX + 1;
	assert_int_equal(cxlmb_schema_encoded_len(&bytes_schema, &l), 0);
	l.e.count = 3;
	assert_int_equal(cxlmb_schema_encoded_len(&bytes_schema, &l), 4);
}

/* ---- the policy ---- */

static void test_decide_arguments(void **state)
{
	const struct cxlmb_policy *p = cxlmb_policy_profile("lockdown");
	struct cxlmb_route route = { .depth = 0 };
	struct cxlmb_request req = { .opcode = 0x0001, .payload = NULL, .len = 0 };
	struct cxlmb_verdict v;
	static const uint8_t one[1] = { 0 };
	(void)state;

	assert_non_null(p);
	assert_int_equal(cxlmb_policy_decide(p, &route, &req, &v, NULL), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	/* each argument alone */
	assert_int_equal(cxlmb_policy_decide(NULL, &route, &req, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(p, NULL, &req, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(p, &route, NULL, &v, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_decide(p, &route, &req, NULL, NULL), CXLMB_E_INVALID_ARG);
	/* a length without bytes; bytes without a length are an empty payload */
	req.len = 1;
	assert_int_equal(cxlmb_policy_decide(p, &route, &req, &v, NULL), CXLMB_E_INVALID_ARG);
	req.payload = one;
	req.len = 0;
	assert_int_equal(cxlmb_policy_decide(p, &route, &req, &v, NULL), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
}

static void test_classify_arguments(void **state)
{
	const struct cxlmb_policy *p = cxlmb_policy_profile("lockdown");
	struct cxlmb_verdict v;
	bool dep = true;
	(void)state;

	assert_int_equal(cxlmb_policy_classify(NULL, 0x0001, &v, &dep), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_policy_classify(p, 0x0001, NULL, &dep), CXLMB_E_INVALID_ARG);
	assert_true(dep); /* untouched when refused */
	assert_int_equal(cxlmb_policy_classify(p, 0x0001, &v, NULL), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	assert_int_equal(cxlmb_policy_classify(p, 0x0001, &v, &dep), 0);
	assert_false(dep);
}

/* classify says a payload rule could have matched only where its
 * predicate is about this opcode: 4101h, not 4100h of the same set. */
static void test_classify_payload_dependence(void **state)
{
	static const struct cxlmb_rule rules[] = {
		{ .kind = CXLMB_RULE_SET, .pred = CXLMB_PRED_PARTITION_IMMEDIATE,
		  .decision = CXLMB_DENY, .lo = 0x41 },
	};
	struct cxlmb_policy p = { .name = "t", .rules = rules, .nrules = 1,
				  .default_decision = CXLMB_ALLOW };
	struct cxlmb_verdict v;
	bool dep = true;
	(void)state;

	assert_int_equal(cxlmb_policy_classify(&p, 0x4100, &v, &dep), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	assert_false(dep);
	assert_int_equal(cxlmb_policy_classify(&p, 0x4101, &v, &dep), 0);
	assert_int_equal(v.decision, CXLMB_ALLOW);
	assert_true(dep);
}

/* Reason codes past the built-in ones are the caller's: named and
 * described as CUSTOM is (the last built-in one), never read past the
 * tables. */
static void test_reason_names_end(void **state)
{
	static const struct cxlmb_rule rules[] = {
		{ .kind = CXLMB_RULE_ANY, .decision = CXLMB_DENY, .reason = CXLMB_PR_COUNT_ },
		{ .kind = CXLMB_RULE_ANY, .decision = CXLMB_DENY, .reason = CXLMB_PR_TUNNEL },
	};
	struct cxlmb_policy p = { .name = "t", .rules = rules, .nrules = 1,
				  .default_decision = CXLMB_ALLOW };
	struct cxlmb_verdict v;
	(void)state;

	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_COUNT_), "custom");
	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_CUSTOM), "custom");
	assert_string_equal(cxlmb_policy_reason_name(CXLMB_PR_TUNNEL), "tunnel");
	assert_string_equal(cxlmb_policy_reason_name(0xFFFF), "custom");
	assert_int_equal(cxlmb_policy_classify(&p, 0x0001, &v, NULL), 0);
	assert_int_equal(v.decision, CXLMB_DENY);
	assert_string_equal(v.why, "caller-defined rule");
	p.rules = &rules[1];
	assert_int_equal(cxlmb_policy_classify(&p, 0x0001, &v, NULL), 0);
	assert_string_equal(v.why, "carries commands: each is decided for its target");
}

static void test_profiles_by_name_and_index(void **state)
{
	size_t n = cxlmb_policy_profile_count();
	(void)state;

	assert_true(n > 1);
	assert_null(cxlmb_policy_profile(NULL));
	assert_null(cxlmb_policy_profile(""));
	assert_null(cxlmb_policy_profile("linux")); /* a prefix is not a name */
	assert_null(cxlmb_policy_profile("linux-raw-"));
	for (size_t i = 0; i < n; i++) {
		const struct cxlmb_policy *p = cxlmb_policy_profile_at(i);
		assert_non_null(p);
		assert_ptr_equal(cxlmb_policy_profile(p->name), p);
	}
	assert_null(cxlmb_policy_profile_at(n));
}

/* The line's length is the whole line's, whatever fits; the buffer always
 * ends in a NUL inside cap. */
static void test_format_lengths(void **state)
{
	struct cxlmb_verdict v = { .decision = CXLMB_DENY, .level = 12, .opcode = 0xABCD,
				   .reason = 0, .why = "because" };
	static const char want[] =
		"denied: ABCDh (unknown command) (tunnel level 12): because under lockdown";
	char buf[128], line[128];
	size_t n = sizeof(want) - 1;
	(void)state;

	assert_int_equal(cxlmb_policy_format(NULL, "x", buf, sizeof(buf)), 0);
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", NULL, 0), n);
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", NULL, 10), n);
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", buf, sizeof(buf)), n);
	assert_string_equal(buf, want);
	/* exactly the room: the whole line; one less: its last character goes */
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", buf, n + 1), n);
	assert_string_equal(buf, want);
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", buf, n), n);
	assert_int_equal(strlen(buf), n - 1);
	assert_memory_equal(buf, want, n - 1);
	assert_int_equal(buf[n], 'z');
	memset(buf, 'z', sizeof(buf));
	assert_int_equal(cxlmb_policy_format(&v, "lockdown", buf, 1), n);
	assert_int_equal(buf[0], '\0');
	assert_int_equal(buf[1], 'z');
	/* level 0 is not shown; one digit; no profile; an allow with taint */
	v.level = 0;
	v.decision = CXLMB_ALLOW_TAINT;
	v.opcode = 0x0001;
	assert_true(cxlmb_policy_format(&v, NULL, buf, sizeof(buf)) > 0);
	assert_string_equal(buf, "allowed with taint: 0001h Identify: because");
	/* no why: the reason's name */
	v.level = 7;
	v.decision = CXLMB_ALLOW;
	v.why = NULL;
	cxlmb_policy_format(&v, NULL, buf, sizeof(buf));
	snprintf(line, sizeof(line), "allowed: 0001h Identify (tunnel level 7): %s",
		 cxlmb_policy_reason_name(0));
	assert_string_equal(buf, line);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_array_needs_a_count),
		cmocka_unit_test(test_array_get_arguments),
		cmocka_unit_test(test_schema_decode_arguments),
		cmocka_unit_test(test_schema_encode_arguments),
		cmocka_unit_test(test_schema_visit_arguments),
		cmocka_unit_test(test_encode_array_checks),
		cmocka_unit_test(test_no_array_in_an_entry),
		cmocka_unit_test(test_scratch_bounds),
		cmocka_unit_test(test_encode_bounded_by_layout_length),
		cmocka_unit_test(test_tail_at_most_the_largest_payload),
		cmocka_unit_test(test_signed_fields),
		cmocka_unit_test(test_encoded_len_arguments),
		cmocka_unit_test(test_encoded_len_of_the_largest_array),
		cmocka_unit_test(test_decide_arguments),
		cmocka_unit_test(test_classify_arguments),
		cmocka_unit_test(test_classify_payload_dependence),
		cmocka_unit_test(test_reason_names_end),
		cmocka_unit_test(test_profiles_by_name_and_index),
		cmocka_unit_test(test_format_lengths),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
