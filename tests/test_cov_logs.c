/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Logs 0400h-0405h (CXL r3.2 §8.2.10.5, Tables 8-76 to 8-100): the Get Log
 * answer decoded and printed by the requested log (the CEL, the layouts of
 * generic_log_formats.c, a piece that stays bytes), the sub-list's request
 * bounds, the CEL validator and the Media Test Results Long walk's edges.
 * test_codec_logs.c holds the log layouts' field-by-field vectors. */
#include "cov_util.h"

#define RSP CXLMB_RSP
#define REQ CXLMB_REQ
#define S CXLMB_STRICT
#define NOC COV_NO_CHANGE

/* A visitor that records what it was shown */
struct rec {
	int uints, bytes, arrays, elems, elem_ends, array_ends;
	uint32_t first_count, last_count;
	char last_array[16];
};
static void r_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)name, (void)v, (void)ff;
	((struct rec *)ctx)->uints++;
}
static void r_bytes(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind)
{
	(void)name, (void)p, (void)n, (void)kind;
	((struct rec *)ctx)->bytes++;
}
static void r_array(void *ctx, const char *name, uint32_t count)
{
	struct rec *r = ctx;
	if (!r->arrays)
		r->first_count = count;
	r->arrays++;
	r->last_count = count;
	strncpy(r->last_array, name, sizeof(r->last_array) - 1);
}
static void r_elem(void *ctx, uint32_t i)
{
	(void)i;
	((struct rec *)ctx)->elems++;
}
static void r_elem_end(void *ctx)
{
	((struct rec *)ctx)->elem_ends++;
}
static void r_array_end(void *ctx)
{
	((struct rec *)ctx)->array_ends++;
}

static struct rec rec;
static const struct cxlmb_visitor full = { &rec, r_uint, NULL, r_bytes, r_array,
					   r_elem, r_elem_end, r_array_end };
/* only integers: the optional callbacks left out */
static const struct cxlmb_visitor bare = { &rec, r_uint, NULL, NULL, NULL, NULL, NULL, NULL };

static int visit(uint16_t op, enum cxlmb_dir dir, unsigned flags, const struct cxlmb_visitor *v)
{
	memset(&rec, 0, sizeof(rec));
	return cxlmb_cmd_visit(cxlmb_cmd_find(op), dir, cov_val, flags, v);
}

/* Table 8-84: Get Log of 'uuid' from 'off', 'len' bytes */
static void get_log_req(uint8_t q[0x18], const uint8_t uuid[16], uint32_t off, uint32_t len)
{
	memcpy(q, uuid, 16);
	for (int i = 0; i < 4; i++) {
		q[0x10 + i] = (uint8_t)(off >> (8 * i));
		q[0x14 + i] = (uint8_t)(len >> (8 * i));
	}
}

/* Tables 8-86, 8-87: Identify (0001h, no effects), Get Log (0401h), Set
 * Timestamp (0301h: immediate policy change, bit 3) */
static const uint8_t cel[12] = { 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x00, 0x00,
				 0x01, 0x03, 0x08, 0x00 };

static void test_get_log_cel(void **state)
{
	(void)state;
	uint8_t q[0x18];
	uint8_t bad[sizeof(cel)];
	struct cxlmb_cel_entry e;
	uint32_t n = 0;

	/* the request itself */
	get_log_req(q, cxlmb_uuid_cel, 0, 0x20);
	const struct cxlmb_get_log_req *gq = cov_rt(0x0401, REQ, NULL, 0, q, sizeof(q));
	assert_memory_equal(gq->uuid, cxlmb_uuid_cel, 16);
	assert_int_equal(gq->offset, 0);
	assert_int_equal(gq->length, 0x20);
	assert_int_equal(visit(0x0401, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 2); /* offset, length */
	assert_int_equal(rec.arrays, 0);

	/* the whole CEL, shorter than asked: three entries printed one by one */
	const struct cxlmb_get_log_rsp *r = cov_rt(0x0401, RSP, q, sizeof(q), cel, sizeof(cel));
	assert_int_equal(r->req_known, 1);
	assert_int_equal(r->req_length, 0x20);
	assert_int_equal(r->data.len, 12);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_string_equal(rec.last_array, "cel");
	assert_int_equal(rec.last_count, 3);
	assert_int_equal(rec.elems, 3);
	assert_int_equal(rec.elem_ends, 3);
	assert_int_equal(rec.array_ends, 1);
	assert_int_equal(rec.uints, 3 * 2);
	assert_int_equal(visit(0x0401, RSP, S, &bare), 0);
	assert_int_equal(rec.uints, 3 * 2);
	assert_int_equal(cxlmb_cel_entry_decode(cel + 8, 4, S, &e), 0);
	assert_int_equal(e.opcode, 0x0301);
	assert_int_equal(e.effects, 0x0008);

	/* a reserved effect bit (15): refused strictly; read leniently, the
	 * value then printed strictly stops at that entry */
	memcpy(bad, cel, sizeof(bad));
	bad[7] = 0x80;
	cov_bad(0x0401, RSP, q, sizeof(q), bad, sizeof(bad), NOC, 0, S, CXLMB_E_RESERVED_SET, NULL);
	cov_bad(0x0401, RSP, q, sizeof(q), bad, sizeof(bad), NOC, 0, 0, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), CXLMB_E_RESERVED_SET);
	assert_int_equal(rec.elems, 1);
	assert_int_equal(rec.array_ends, 0);

	/* a short answer is the log's end, on an entry; a piece as long as
	 * asked may stop inside one (and prints the whole entries) */
	cov_bad(0x0401, RSP, q, sizeof(q), cel, 10, NOC, 0, S, CXLMB_E_COUNT_MISMATCH, NULL);
	get_log_req(q, cxlmb_uuid_cel, 0, 10);
	cov_bad(0x0401, RSP, q, sizeof(q), cel, 10, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.last_count, 2);
	/* longer than asked; a request that is not one */
	cov_bad(0x0401, RSP, q, sizeof(q), cel, sizeof(cel), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x0401, RSP, q, sizeof(q) - 1, cel, 8, NOC, 0, S, CXLMB_E_TRUNCATED, NULL);

	/* from an offset inside an entry, or of another log, or without the
	 * request: bytes, printed as bytes only */
	get_log_req(q, cxlmb_uuid_cel, 2, 0x20);
	cov_bad(0x0401, RSP, q, sizeof(q), bad, 10, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.arrays + rec.uints, 0);
	assert_int_equal(rec.bytes, 1);
	get_log_req(q, cxlmb_uuid_vendor_debug, 0, 0x20);
	cov_bad(0x0401, RSP, q, sizeof(q), bad, sizeof(bad), NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.arrays + rec.uints, 0);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x0401), RSP, bad, sizeof(bad), S, cov_val), 0);
	assert_int_equal(((struct cxlmb_get_log_rsp *)cov_val)->req_known, 0);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.arrays + rec.uints, 0);

	/* the validator on its own */
	assert_int_equal(cxlmb_cel_validate(cel, sizeof(cel), S, &n), 0);
	assert_int_equal(n, 3);
	assert_int_equal(cxlmb_cel_validate(NULL, 0, S, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(cxlmb_cel_validate(NULL, 4, S, &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cel_validate(cel, 4, S, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cel_validate(cel, 6, S, &n), CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_cel_validate(bad, sizeof(bad), S, &n), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_cel_validate(bad, sizeof(bad), 0, &n), 0);
}

/* DDR5 ECS Log (Table 8-90): one entry per media FRU */
static const uint8_t ecs_log_uuid[16] = { 0xf1, 0x72, 0x0d, 0x60, 0xa7, 0xa9, 0x43, 0x06,
					  0xa0, 0x03, 0x11, 0x94, 0x8f, 0x9e, 0x07, 0x7c };
static const uint8_t ecs_log[4 + 0x22] = {
	0x01, 0x0C, 0x00, 0x00,  /* 1 entry, bit 10, entry type 01b */
	[0x04] = 0xC0, [0x13] = 0xCF,
	[0x14] = 0x04, [0x16] = 0x01, [0x17] = 0x34, [0x18] = 0x12, [0x19] = 0x07, [0x1B] = 0x10,
};
/* Media Test Results Long Log (Tables 8-97 to 8-100): one test, no
 * signature */
static const uint8_t mlong_uuid[16] = { 0xc1, 0xfe, 0x0b, 0x3e, 0x7a, 0x00, 0x44, 0x8e,
					0xa2, 0x4e, 0xa6, 0xaa, 0xbb, 0xfe, 0x58, 0x7a };
static const uint8_t mlong[0x10 + 0x30] = {
	[0x00] = 0x01, [0x01] = 0x01, [0x02] = 0x00, [0x10] = 0x07, [0x30] = 0x02,
};

static void test_get_log_layouts_visit(void **state)
{
	(void)state;
	uint8_t q[0x18];

	/* a whole ECS log: the header's 3 integers, then its entry's 6 */
	get_log_req(q, ecs_log_uuid, 0, 0x100);
	cov_rt(0x0401, RSP, q, sizeof(q), ecs_log, sizeof(ecs_log));
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_string_equal(rec.last_array, "entries");
	assert_int_equal(rec.last_count, 1);
	assert_int_equal(rec.elems, 1);
	assert_int_equal(rec.uints, 3 + 6);
	/* exactly as long as asked and whole: checked like any whole log */
	get_log_req(q, ecs_log_uuid, 0, sizeof(ecs_log));
	cov_rt(0x0401, RSP, q, sizeof(q), ecs_log, sizeof(ecs_log));
	cov_bad(0x0401, RSP, q, sizeof(q), ecs_log, sizeof(ecs_log), 0x14, 0x02, S, CXLMB_E_BAD_ENUM,
		NULL); /* threshold 2 undefined */
	/* a piece as long as asked that ends inside the entry: accepted,
	 * printed as bytes only */
	get_log_req(q, ecs_log_uuid, 0, 0x10);
	cov_bad(0x0401, RSP, q, sizeof(q), ecs_log, 0x10, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);
	assert_int_equal(rec.bytes, 1);
	/* exactly the fixed part (no entries) is a whole log, checked */
	get_log_req(q, ecs_log_uuid, 0, 0x10);
	cov_bad(0x0401, RSP, q, sizeof(q), ecs_log, 4, 0, 0x00, S, CXLMB_E_OK, NULL);
	cov_bad(0x0401, RSP, q, sizeof(q), ecs_log, 4, 3, 0x80, S, CXLMB_E_RESERVED_SET, NULL);
	/* shorter than the layout's fixed part: bytes */
	get_log_req(q, ecs_log_uuid, 0, 0x10);
	cov_bad(0x0401, RSP, q, sizeof(q), ecs_log, 3, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);

	/* the Long log: header, array of entries, each with its callbacks */
	get_log_req(q, mlong_uuid, 0, 0x100);
	cov_rt(0x0401, RSP, q, sizeof(q), mlong, sizeof(mlong));
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.arrays, 2); /* entries, the entry's signatures */
	assert_int_equal(rec.first_count, 1);
	assert_int_equal(rec.last_count, 0);
	assert_int_equal(rec.elems, 1);
	assert_int_equal(rec.elem_ends, 1);
	assert_int_equal(rec.array_ends, 2);
	assert_int_equal(rec.uints, 3 + 9);
	assert_int_equal(visit(0x0401, RSP, S, &bare), 0);
	assert_int_equal(rec.uints, 3 + 9);
	/* a piece of it as long as asked: accepted, nothing printed half-way */
	get_log_req(q, mlong_uuid, 0, 0x20);
	cov_bad(0x0401, RSP, q, sizeof(q), mlong, 0x20, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0401, RSP, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);
	/* a whole log that is short of its entry is refused */
	get_log_req(q, mlong_uuid, 0, 0x100);
	cov_bad(0x0401, RSP, q, sizeof(q), mlong, 0x20, NOC, 0, S, CXLMB_E_COUNT_MISMATCH, NULL);
}

static void test_mtest_long_walk_edges(void **state)
{
	(void)state;
	uint8_t b[sizeof(mlong) + 4];

	assert_int_equal(cxlmb_mtest_long_log_walk(NULL, 0x10, S, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_mtest_long_log_walk(NULL, 0, S, NULL), CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_mtest_long_log_walk(mlong, 0x0F, S, NULL), CXLMB_E_TRUNCATED);
	/* the header's version (01h) and result (at most 03h) */
	memcpy(b, mlong, sizeof(mlong));
	b[1] = 0x02;
	assert_int_equal(cxlmb_mtest_long_log_walk(b, sizeof(mlong), S, NULL), CXLMB_E_BAD_ENUM);
	b[1] = 0x01;
	b[2] = 0x04;
	assert_int_equal(cxlmb_mtest_long_log_walk(b, sizeof(mlong), S, NULL), CXLMB_E_BAD_ENUM);
	b[2] = 0x00;
	/* bytes after the last entry: refused unless trailing bytes are allowed */
	assert_int_equal(cxlmb_mtest_long_log_walk(b, sizeof(b), S, NULL), CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_mtest_long_log_walk(b, sizeof(b), S | CXLMB_ALLOW_TRAILING, NULL), 0);
	/* no entries at all */
	b[0] = 0;
	assert_int_equal(cxlmb_mtest_long_log_walk(b, 0x10, S, NULL), 0);
	memset(&rec, 0, sizeof(rec));
	assert_int_equal(cxlmb_mtest_long_log_walk(b, 0x10, S, &full), 0);
	assert_int_equal(rec.last_count, 0);
	assert_int_equal(rec.array_ends, 1);
	assert_int_equal(rec.uints, 3);

	/* the layouts by UUID: none for NULL or an unknown log */
	assert_null(cxlmb_log_layout(NULL));
	assert_null(cxlmb_log_layout(cxlmb_uuid_vendor_debug));
	assert_ptr_equal(cxlmb_log_layout(mlong_uuid), &cxlmb_mtest_long_hdr_schema);
}

/* Component State Dump (Table 8-89): its length names the data's bytes,
 * checked strictly */
static void test_csd_length(void **state)
{
	(void)state;
	uint8_t d[0x42] = { [0x00] = 0x02, [0x40] = 0xAA, [0x41] = 0xBB };
	struct cxlmb_csd_log c;

	assert_int_equal(cxlmb_csd_log_decode(d, sizeof(d), S, &c), 0);
	assert_int_equal(c.data_len, 2);
	assert_int_equal(c.data.len, 2);
	d[0] = 3;
	assert_int_equal(cxlmb_csd_log_decode(d, sizeof(d), S, &c), CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_csd_log_decode(d, sizeof(d), 0, &c), 0);
	assert_int_equal(c.data_len, 3);
}

/* Tables 8-76 to 8-82: Get Supported Logs, capabilities, Clear/Populate,
 * the sub-list */
static const uint8_t sup_logs[8 + 2 * 0x14] = {
	[0x00] = 0x02,
	[0x08] = 0x0d, 0xa9, 0xc0, 0xb5, 0xbf, 0x41, 0x4b, 0x78, 0x8f, 0x79, 0x96, 0xb1, 0x62, 0x3b,
	0x3f, 0x17, 0x0C, 0x00, 0x00, 0x00, /* the CEL, 12 bytes */
	[0x1C] = 0x5e, 0x18, 0x19, 0xd9, 0x11, 0xa9, 0x40, 0x0c, 0x81, 0x1f, 0xd6, 0x07, 0x19, 0x40,
	0x3d, 0x86, 0x00, 0x10, 0x00, 0x00, /* vendor debug, 1000h bytes */
};

static void test_supported_logs(void **state)
{
	(void)state;
	struct cxlmb_supported_log_entry e;
	static const uint8_t sub_req[2] = { 0x02, 0x01 };
	uint8_t sub[8 + 0x14] = { 0x01, 0x00, 0x02, 0x00, 0x01 };

	const struct cxlmb_get_supported_logs_rsp *r = cov_rt(0x0400, RSP, NULL, 0, sup_logs,
							       sizeof(sup_logs));
	assert_int_equal(r->count, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r->entries, 1, S, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_vendor_debug, 16);
	assert_int_equal(e.size, 0x1000);
	cov_bad(0x0400, RSP, NULL, 0, sup_logs, sizeof(sup_logs), 3, 0x01, S, CXLMB_E_RESERVED_SET,
		"reserved");

	/* Table 8-77: clear and populate supported */
	static const uint8_t caps[4] = { 0x03, 0, 0, 0 };
	const struct cxlmb_get_log_caps_rsp *c = cov_rt(0x0402, RSP, cxlmb_uuid_cel, 16, caps, 4);
	assert_true(c->clear_supported && c->populate_supported && !c->auto_populate_supported);
	cov_bad(0x0402, RSP, cxlmb_uuid_cel, 16, caps, 4, 0, 0x13, S, CXLMB_E_RESERVED_SET,
		"reserved");
	for (uint16_t op = 0x0402; op <= 0x0404; op++)
		assert_memory_equal(((struct cxlmb_log_uuid_req *)cov_rt(op, REQ, NULL, 0,
									 cxlmb_uuid_cel, 16))->uuid,
				    cxlmb_uuid_cel, 16);

	/* 0405h: at most 2 from index 1; one returned of 2 */
	memcpy(sub + 8, sup_logs + 0x1C, 0x14);
	const struct cxlmb_get_sup_logs_sublist_req *sq = cov_rt(0x0405, REQ, NULL, 0, sub_req, 2);
	assert_int_equal(sq->max_entries, 2);
	assert_int_equal(sq->start_index, 1);
	const struct cxlmb_get_sup_logs_sublist_rsp *s = cov_rt(0x0405, RSP, sub_req, 2, sub, sizeof(sub));
	assert_int_equal(s->count, 1);
	assert_int_equal(s->total, 2);
	assert_int_equal(s->start_index, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &s->entries, 0, S, &e), 0);
	assert_int_equal(e.size, 0x1000);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x0405), RSP, sub, sizeof(sub), S, cov_val), 0);
	/* another start index (the answer is to another request: TAG_MISMATCH, as
	 * every "start from" check); fewer asked; a request of 1 byte */
	cov_bad(0x0405, RSP, sub_req, 2, sub, sizeof(sub), 4, 0x00, S, CXLMB_E_TAG_MISMATCH, NULL);
	static const uint8_t one[2] = { 0x01, 0x01 }; /* exactly as many as asked */
	cov_rt(0x0405, RSP, one, 2, sub, sizeof(sub));
	static const uint8_t none[2] = { 0x00, 0x01 };
	cov_bad(0x0405, RSP, none, 2, sub, sizeof(sub), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x0405, RSP, sub_req, 1, sub, sizeof(sub), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x0405, RSP, sub_req, 2, sub, sizeof(sub), 5, 0x01, S, CXLMB_E_RESERVED_SET,
		"reserved");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get_log_cel),
		cmocka_unit_test(test_get_log_layouts_visit),
		cmocka_unit_test(test_mtest_long_walk_edges),
		cmocka_unit_test(test_csd_length),
		cmocka_unit_test(test_supported_logs),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
