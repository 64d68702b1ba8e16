/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The request-bound and UUID-dispatched layouts beside GFD's: Media
 * Operations 4402h (r3.2 §8.2.10.9.5.3; r3.1 Tables 8-150 to 8-152), Get
 * and Set Feature by feature UUID (r3.2 Tables 8-95 to 8-100, 8-125 to
 * 8-129, 8-221 to 8-223), Perform Maintenance's parameters by class
 * (Tables 8-117 to 8-124), event records (Table 8-43 on), Read CDAT
 * (Tables 8-139, 8-140) and Get DC Configuration (Tables 8-165, 8-166):
 * decoded strictly with their request, re-encoded, printed, and every
 * check refused with its code. */
#include "cov_util.h"

#define RSP CXLMB_RSP
#define REQ CXLMB_REQ
#define S CXLMB_STRICT
#define NOC COV_NO_CHANGE

struct rec {
	int uints, arrays, elems, elem_ends, array_ends;
	uint32_t last_count;
};
static struct rec rec;
static void r_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)name, (void)v, (void)ff;
	((struct rec *)ctx)->uints++;
}
static void r_array(void *ctx, const char *name, uint32_t count)
{
	(void)name;
	((struct rec *)ctx)->arrays++;
	((struct rec *)ctx)->last_count = count;
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
static const struct cxlmb_visitor full = { &rec, r_uint, NULL, NULL, r_array,
					   r_elem, r_elem_end, r_array_end };
static const struct cxlmb_visitor bare = { &rec, r_uint, NULL, NULL, NULL, NULL, NULL, NULL };
static const struct cxlmb_visitor none = { &rec, NULL, NULL, NULL, NULL, NULL, NULL, NULL };

static int visit_val(uint16_t op, enum cxlmb_dir dir, const void *val, unsigned flags,
		     const struct cxlmb_visitor *v)
{
	memset(&rec, 0, sizeof(rec));
	return cxlmb_cmd_visit(cxlmb_cmd_find(op), dir, val, flags, v);
}
static int visit(uint16_t op, enum cxlmb_dir dir, unsigned flags, const struct cxlmb_visitor *v)
{
	return visit_val(op, dir, cov_val, flags, v);
}

/* ---- 4402h Media Operations ---- */

/* discovery (class 0): from operation 1, at most 2 */
static const uint8_t mo_disc[12] = { 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0x01, 0x00, 0x02, 0x00 };
/* sanitize (class 1, subclass 0) of two ranges: 1000h+40h, 2_0000h+1000h */
static const uint8_t mo_sanitize[8 + 32] = {
	0x01, 0x00, 0, 0, 0x02, 0, 0, 0,
	[0x09] = 0x10, [0x10] = 0x40,
	[0x1A] = 0x02, [0x21] = 0x10,
};
/* the discovery answer: 40h granularity, 3 operations, 2 returned */
static const uint8_t mo_disc_rsp[0x0C + 4] = { 0x40, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x00, 0x02, 0x00,
					       0x01, 0x00, 0x01, 0x01 };

static void test_media_ops(void **state)
{
	(void)state;
	struct cxlmb_media_op_entry op;

	const struct cxlmb_media_ops_req *q = cov_rt(0x4402, REQ, NULL, 0, mo_disc, sizeof(mo_disc));
	assert_int_equal(q->op_class, 0);
	assert_int_equal(q->args.len, 4);
	assert_int_equal(visit(0x4402, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 3 + 2); /* class, subclass, count; start, number */
	q = cov_rt(0x4402, REQ, NULL, 0, mo_sanitize, sizeof(mo_sanitize));
	assert_int_equal(q->op_class, 1);
	assert_int_equal(q->range_count, 2);
	assert_int_equal(visit(0x4402, REQ, S, &full), 0);
	assert_int_equal(rec.last_count, 2);
	assert_int_equal(rec.elems, 2);
	assert_int_equal(rec.elem_ends, 2);
	assert_int_equal(rec.array_ends, 1);
	assert_int_equal(visit(0x4402, REQ, S, &bare), 0);
	assert_int_equal(rec.arrays, 0);

	/* discovery carries no range and a 4-byte argument; the other classes
	 * exactly their ranges, each 64-byte aligned */
	cov_bad(0x4402, REQ, NULL, 0, mo_disc, sizeof(mo_disc), 4, 0x01, S, CXLMB_E_COUNT_MISMATCH, NULL);
	cov_bad(0x4402, REQ, NULL, 0, mo_disc, sizeof(mo_disc) - 1, NOC, 0, S, CXLMB_E_COUNT_MISMATCH,
		NULL);
	cov_bad(0x4402, REQ, NULL, 0, mo_sanitize, sizeof(mo_sanitize), 4, 0x03, S,
		CXLMB_E_COUNT_MISMATCH, NULL);
	cov_bad(0x4402, REQ, NULL, 0, mo_sanitize, sizeof(mo_sanitize), 0x18, 0x01, S,
		CXLMB_E_RESERVED_SET, NULL);
	/* leniently the unaligned range passes; printed strictly, the ranges
	 * stop before it */
	cov_bad(0x4402, REQ, NULL, 0, mo_sanitize, sizeof(mo_sanitize), 0x18, 0x01, 0, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x4402, REQ, S, &full), 0);
	assert_int_equal(rec.last_count, 2);
	assert_int_equal(rec.elems, 1);
	assert_int_equal(rec.array_ends, 1);
	/* a value built by hand that the decoder would refuse prints what it
	 * holds: a discovery without its argument, ranges past the bytes */
	struct cxlmb_media_ops_req hand = { .op_class = 0, .args = { mo_disc, 2 } };
	assert_int_equal(visit_val(0x4402, REQ, &hand, S, &full), 0);
	assert_int_equal(rec.uints, 3);
	hand.op_class = 1;
	hand.range_count = 3;
	hand.args.data = mo_sanitize + 8;
	hand.args.len = 32;
	assert_int_equal(visit_val(0x4402, REQ, &hand, S, &full), 0);
	assert_int_equal(rec.last_count, 3);
	assert_int_equal(rec.elems, 2);

	/* the discovery answer, at most the operations asked */
	const struct cxlmb_media_ops_rsp *r =
		cov_rt(0x4402, RSP, mo_disc, sizeof(mo_disc), mo_disc_rsp, sizeof(mo_disc_rsp));
	assert_int_equal(r->req_known, 1);
	assert_int_equal(r->req_op_class, 0);
	assert_int_equal(r->req_num_ops, 2);
	assert_int_equal(visit(0x4402, RSP, S, &full), 0);
	assert_int_equal(rec.last_count, 2);
	assert_int_equal(rec.uints, 3 + 2 * 2);
	struct cxlmb_media_ops_discovery_rsp d;
	assert_int_equal(cxlmb_media_ops_discovery_rsp_decode(mo_disc_rsp, sizeof(mo_disc_rsp), S, &d), 0);
	assert_true(d.granularity == 0x40);
	assert_int_equal(d.total_ops, 3);
	assert_int_equal(cxlmb_array_get(&cxlmb_media_op_entry_schema, &d.ops, 1, S, &op), 0);
	assert_int_equal(op.op_class, 1);
	assert_int_equal(op.op_subclass, 1);
	uint8_t q1[sizeof(mo_disc)];
	memcpy(q1, mo_disc, sizeof(q1));
	q1[10] = 1; /* one asked */
	cov_bad(0x4402, RSP, q1, sizeof(q1), mo_disc_rsp, sizeof(mo_disc_rsp), NOC, 0, S,
		CXLMB_E_OVERSIZE, NULL);
	/* a discovery answer that is not one: torn list, short header */
	cov_bad(0x4402, RSP, mo_disc, sizeof(mo_disc), mo_disc_rsp, sizeof(mo_disc_rsp) - 1, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);
	cov_bad(0x4402, RSP, mo_disc, sizeof(mo_disc), mo_disc_rsp, 0x0B, NOC, 0, S,
		CXLMB_E_TRUNCATED, NULL);
	/* a request that is not one */
	cov_bad(0x4402, RSP, mo_disc, sizeof(mo_disc) - 1, mo_disc_rsp, sizeof(mo_disc_rsp), NOC, 0,
		S, CXLMB_E_COUNT_MISMATCH, NULL);
	/* another class's answer stays bytes, printed as nothing more */
	cov_bad(0x4402, RSP, mo_sanitize, sizeof(mo_sanitize), mo_disc_rsp, 3, NOC, 0, S, CXLMB_E_OK,
		NULL);
	assert_int_equal(((struct cxlmb_media_ops_rsp *)cov_val)->req_op_class, 1);
	assert_int_equal(visit(0x4402, RSP, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);
	/* without the request: bytes */
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4402), RSP, mo_disc_rsp, 3, S, cov_val), 0);
	assert_int_equal(visit(0x4402, RSP, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);
	/* a hand-built discovery answer that does not decode prints nothing */
	struct cxlmb_media_ops_rsp hr = { .data = { mo_disc_rsp, 3 }, .req_known = 1 };
	assert_int_equal(visit_val(0x4402, RSP, &hr, S, &full), 0);
	assert_int_equal(rec.uints + rec.arrays, 0);
}

/* ---- 0500h-0502h Features by UUID ---- */

/* sPPR (Table 8-125) */
static const uint8_t sppr[16] = { 0x89, 0x2b, 0xa4, 0x75, 0xfa, 0xd8, 0x47, 0x4e,
				  0x9d, 0x3e, 0x69, 0x2c, 0x91, 0x75, 0x68, 0xbb };
/* patrol scrub (Table 8-221) */
static const uint8_t scrub[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
				   0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };
/* sPPR readable attributes (Tables 8-126, 8-128): latency 21h, device
 * initiated capable and on, class 1 subclass 0, DPA and nibble support,
 * data not retained, boot-initiated */
static const uint8_t sppr_rd[0x14] = { 0x21, 0x01, 0x00, 0x01, 0x00, 0x01, 0x00,
				       [0x10] = 0x03, [0x11] = 0x04, [0x13] = 0x02 };
/* sPPR writable attributes (Table 8-129): device initiated, sparing event */
static const uint8_t sppr_wr[3] = { 0x01, 0x00, 0x01 };

/* Table 8-98: Get Feature of 'uuid' from 'off', 'n' bytes, current value */
static void get_feature_req(uint8_t q[0x15], const uint8_t uuid[16], uint16_t off, uint16_t n)
{
	memset(q, 0, 0x15);
	memcpy(q, uuid, 16);
	q[0x10] = (uint8_t)off;
	q[0x11] = (uint8_t)(off >> 8);
	q[0x12] = (uint8_t)n;
	q[0x13] = (uint8_t)(n >> 8);
}

static void test_get_feature(void **state)
{
	(void)state;
	uint8_t q[0x15];
	struct cxlmb_ppr_feature_rd p;

	get_feature_req(q, sppr, 0, 0x20);
	const struct cxlmb_get_feature_req *gq = cov_rt(0x0501, REQ, NULL, 0, q, sizeof(q));
	assert_int_equal(gq->count, 0x20);
	cov_bad(0x0501, REQ, NULL, 0, q, sizeof(q), 0x14, 0x03, S, CXLMB_E_BAD_ENUM, "selection");

	/* the whole attributes, checked and printed by sPPR's layout */
	const struct cxlmb_feature_data *r = cov_rt(0x0501, RSP, q, sizeof(q), sppr_rd, sizeof(sppr_rd));
	assert_int_equal(r->req_known, 1);
	assert_int_equal(r->req_offset, 0);
	assert_memory_equal(r->uuid, sppr, 16);
	assert_int_equal(cxlmb_ppr_feature_rd_decode(sppr_rd, sizeof(sppr_rd), S, &p), 0);
	assert_int_equal(p.max_latency, 0x21);
	assert_int_equal(p.device_initiated_cap, 1);
	assert_int_equal(p.op_class, 1);
	assert_true(p.dpa_support && p.nibble_support && !p.sparing_event_cap);
	assert_true(p.data_not_retained && !p.media_not_accessible);
	assert_true(p.boot_initiated && !p.sparing_event_enable);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 13);
	/* decoded without its request, the same bytes are only bytes: no
	 * attribute is walked (the printer cannot know which feature it is) */
	{
		struct cxlmb_feature_data blind = *r;
		blind.req_known = 0;
		assert_int_equal(visit_val(0x0501, RSP, &blind, S, &full), 0);
		assert_int_equal(rec.uints, 0);
	}
	cov_bad(0x0501, RSP, q, sizeof(q), sppr_rd, sizeof(sppr_rd), 0x10, 0x13, S,
		CXLMB_E_RESERVED_SET, NULL);
	/* more than asked; a request that is not one */
	get_feature_req(q, sppr, 0, 0x10);
	cov_bad(0x0501, RSP, q, sizeof(q), sppr_rd, sizeof(sppr_rd), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x0501, RSP, q, 0x14, sppr_rd, 0x10, NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	/* longer than the attributes (a newer revision's): bytes */
	get_feature_req(q, sppr, 0, 0x20);
	uint8_t longer[sizeof(sppr_rd) + 1];
	memcpy(longer, sppr_rd, sizeof(sppr_rd));
	longer[sizeof(sppr_rd)] = 0xEE;
	cov_bad(0x0501, RSP, q, sizeof(q), longer, sizeof(longer), NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	get_feature_req(q, sppr, 0, 0x10);
	/* a piece (shorter than the attributes, or from an offset) stays bytes */
	cov_bad(0x0501, RSP, q, sizeof(q), sppr_rd, 0x10, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	get_feature_req(q, sppr, 4, 0x20);
	cov_bad(0x0501, RSP, q, sizeof(q), sppr_rd, sizeof(sppr_rd), 0x10, 0xFF, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	/* an unknown feature, or no request: bytes; the request side prints
	 * its own fields only */
	get_feature_req(q, cxlmb_uuid_cel, 0, 0x20);
	cov_bad(0x0501, RSP, q, sizeof(q), sppr_rd, sizeof(sppr_rd), NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x0501), RSP, sppr_rd, 4, S, cov_val), 0);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	get_feature_req(q, sppr, 0, 0x20);
	cov_rt(0x0501, REQ, NULL, 0, q, sizeof(q));
	assert_int_equal(visit(0x0501, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 3); /* offset, count, selection */

	/* patrol scrub (Table 8-222): cycle hours are never 0 */
	static const uint8_t scrub_rd[4] = { 0x03, 0x0C, 0x01, 0x01 };
	get_feature_req(q, scrub, 0, 4);
	cov_rt(0x0501, RSP, q, sizeof(q), scrub_rd, 4);
	cov_bad(0x0501, RSP, q, sizeof(q), scrub_rd, 4, 1, 0x00, S, CXLMB_E_BAD_ENUM, NULL);
	/* DDR5 ECS's list fills the payload: none at all is no attributes,
	 * a torn list is refused; a hand-built torn value prints nothing */
	static const uint8_t ecs[16] = { 0xe5, 0xb1, 0x3f, 0x22, 0x23, 0x28, 0x4a, 0x14,
					 0xb8, 0xba, 0xb9, 0x69, 0x1e, 0x89, 0x33, 0x86 };
	static const uint8_t ecs_rd[6] = { 0x01, 0x00, 0x03, 0x00, 0x00, 0x00 };
	get_feature_req(q, ecs, 0, 0x20);
	cov_bad(0x0501, RSP, q, sizeof(q), ecs_rd, 0, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	cov_bad(0x0501, RSP, q, sizeof(q), ecs_rd, 5, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0501, RSP, S, &full), 0);
	assert_int_equal(rec.uints, 1 + 3);
	cov_bad(0x0501, RSP, q, sizeof(q), ecs_rd, 6, NOC, 0, 0, CXLMB_E_COUNT_MISMATCH, NULL);
	struct cxlmb_feature_data hand = { .data = { ecs_rd, 6 }, .req_known = 1 };
	memcpy(hand.uuid, ecs, 16);
	assert_int_equal(visit_val(0x0501, RSP, &hand, S, &full), 0);
	assert_int_equal(rec.uints, 0);
	assert_null(cxlmb_feature_layout(NULL, false));
	assert_null(cxlmb_feature_layout(cxlmb_uuid_cel, true));
}

static void test_set_feature(void **state)
{
	(void)state;
	uint8_t s[0x20 + sizeof(sppr_wr)] = { 0 };
	struct cxlmb_ppr_feature_wr w;

	/* Table 8-100: full transfer (0), saved across reset, version 2 */
	memcpy(s, sppr, 16);
	s[0x10] = 0x08;
	s[0x16] = 0x02;
	memcpy(s + 0x20, sppr_wr, sizeof(sppr_wr));
	const struct cxlmb_set_feature_req *q = cov_rt(0x0502, REQ, NULL, 0, s, sizeof(s));
	assert_int_equal(q->transfer, 0);
	assert_int_equal(q->saved_across_reset, 1);
	assert_int_equal(q->version, 2);
	assert_int_equal(q->data.len, 3);
	assert_int_equal(cxlmb_ppr_feature_wr_decode(q->data.data, q->data.len, S, &w), 0);
	assert_true(w.device_initiated && w.sparing_event_enable && !w.boot_initiated);
	assert_int_equal(visit(0x0502, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 4 + 3); /* the request's 4, the attributes' 3 */
	/* the attributes' reserved bits; a transfer action past 4 */
	cov_bad(0x0502, REQ, NULL, 0, s, sizeof(s), 0x22, 0x04, S, CXLMB_E_RESERVED_SET, NULL);
	cov_bad(0x0502, REQ, NULL, 0, s, sizeof(s), 0x10, 0x05, S, CXLMB_E_BAD_ENUM, "transfer");
	/* not a full transfer, or a piece: bytes, printed as the request only */
	cov_bad(0x0502, REQ, NULL, 0, s, sizeof(s), 0x10, 0x01, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0502, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 4);
	cov_bad(0x0502, REQ, NULL, 0, s, sizeof(s) - 1, NOC, 0, S, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0502, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 4);
	/* Set Feature has no output: the catalog prints none, and its hook
	 * called for one prints nothing */
	assert_int_equal(visit(0x0502, RSP, S, &full), 0);
	memset(&rec, 0, sizeof(rec));
	assert_int_equal(cxlmb_set_feature_hooks.visit(RSP, cov_val, S, &full), 0);
	assert_int_equal(rec.uints, 0);
}

/* Get Supported Features (Tables 8-95 to 8-97): 30h bytes of output ask
 * for the header and one entry */
static void test_supported_features(void **state)
{
	(void)state;
	static const uint8_t req[8] = { 0x38, 0, 0, 0, 0x00, 0x00, 0, 0 };
	uint8_t rsp[8 + 0x30] = { 0x01, 0x00, 0x09, 0x00 };
	struct cxlmb_feature_entry e;

	memcpy(rsp + 8, sppr, 16);
	rsp[8 + 0x12] = 0x14; /* get size */
	rsp[8 + 0x14] = 0x03; /* set size */
	rsp[8 + 0x16] = 0x01; /* changeable */
	rsp[8 + 0x1A] = 0x02;
	rsp[8 + 0x1B] = 0x02;
	const struct cxlmb_get_sup_features_rsp *r = cov_rt(0x0500, RSP, req, 8, rsp, sizeof(rsp));
	assert_int_equal(r->count, 1);
	assert_int_equal(r->supported, 9);
	assert_int_equal(cxlmb_array_get(&cxlmb_feature_entry_schema, &r->entries, 0, S, &e), 0);
	assert_int_equal(e.get_size, 0x14);
	assert_int_equal(e.set_size, 3);
	assert_int_equal(e.attr_flags, 1);
	uint8_t small[8];
	memcpy(small, req, 8);
	small[0] = 0x37; /* one byte short of the entry */
	cov_bad(0x0500, RSP, small, 8, rsp, sizeof(rsp), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x0500, RSP, req, 7, rsp, sizeof(rsp), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
}

/* ---- 0600h Perform Maintenance parameters by class ---- */

static void test_maintenance(void **state)
{
	(void)state;
	/* Tables 8-117, 8-118: sPPR at DPA 1000h, nibbles 00_00FFh */
	static const uint8_t ppr[2 + 0x0C] = { 0x01, 0x00, 0x00, 0x00, 0x10, 0, 0, 0, 0, 0, 0,
					       0xFF, 0x00, 0x00 };
	/* Table 8-121 with an action other than 0: a piece of the parameters */
	static const uint8_t part[2 + 6 + 2] = { 0x03, 0x00, 0x02, 0x01, 0, 0, 0, 0, 0xAA, 0xBB };
	/* Table 8-123: a full media test of 40h bytes, no test entries */
	uint8_t full_mt[2 + 0x26] = { 0x03, 0x00 };

	const struct cxlmb_perform_maintenance_req *q = cov_rt(0x0600, REQ, NULL, 0, ppr, sizeof(ppr));
	assert_int_equal(q->op_class, 1);
	assert_int_equal(visit(0x0600, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 2 + 3);
	cov_bad(0x0600, REQ, NULL, 0, ppr, sizeof(ppr), 1, 0x02, S, CXLMB_E_BAD_ENUM, NULL);
	cov_bad(0x0600, REQ, NULL, 0, ppr, sizeof(ppr), 1, 0x02, 0, CXLMB_E_OK, NULL);
	cov_bad(0x0600, REQ, NULL, 0, ppr, sizeof(ppr), 2, 0x02, S, CXLMB_E_RESERVED_SET, NULL);
	/* leniently decoded but torn parameters print as the header only */
	cov_bad(0x0600, REQ, NULL, 0, ppr, sizeof(ppr) - 1, NOC, 0, 0, CXLMB_E_TRUNCATED, NULL);

	q = cov_rt(0x0600, REQ, NULL, 0, part, sizeof(part));
	assert_int_equal(q->params.len, 8);
	assert_int_equal(visit(0x0600, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 2 + 2); /* class, subclass; action, offset */

	full_mt[2 + 0x0F] = 0x40;
	cov_rt(0x0600, REQ, NULL, 0, full_mt, sizeof(full_mt));
	full_mt[2 + 0x0F] = 0x41; /* not a multiple of 64: strictly refused */
	cov_bad(0x0600, REQ, NULL, 0, full_mt, sizeof(full_mt), NOC, 0, S, CXLMB_E_VALUE_RANGE, NULL);
	cov_bad(0x0600, REQ, NULL, 0, full_mt, sizeof(full_mt), NOC, 0, 0, CXLMB_E_OK, NULL);
	/* a media test with no parameters at all is the full form, short */
	cov_bad(0x0600, REQ, NULL, 0, full_mt, 2, NOC, 0, 0, CXLMB_E_TRUNCATED, NULL);
	/* a class of its own (vendor tests, unknown classes) stays bytes */
	static const uint8_t vendor[4] = { 0x03, 0xC0, 0x12, 0x34 };
	cov_rt(0x0600, REQ, NULL, 0, vendor, sizeof(vendor));
	assert_int_equal(visit(0x0600, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 2);
	static const uint8_t other[3] = { 0x04, 0x00, 0x55 };
	cov_rt(0x0600, REQ, NULL, 0, other, sizeof(other));
	assert_int_equal(visit(0x0600, REQ, S, &full), 0);
	assert_int_equal(rec.uints, 2);
	/* a hand-built value with torn PPR parameters prints the header only */
	struct cxlmb_perform_maintenance_req hand = { .op_class = 1, .params = { ppr + 2, 5 } };
	assert_int_equal(visit_val(0x0600, REQ, &hand, S, &full), 0);
	assert_int_equal(rec.uints, 2);
	/* no output to print; its hook called for one prints nothing */
	assert_int_equal(visit(0x0600, RSP, S, &full), 0);
	memset(&rec, 0, sizeof(rec));
	assert_int_equal(cxlmb_perform_maintenance_hooks.visit(RSP, &hand, S, &full), 0);
	assert_int_equal(rec.uints, 0);
}

/* ---- Event records (Tables 8-43 to 8-59) ---- */

static void test_event_record_edges(void **state)
{
	(void)state;
	struct cxlmb_event_record r;
	uint8_t buf[CXLMB_EVENT_RECORD_LEN];
	size_t n = 0;

	/* the General Media device field is 3 bytes: a wider value is not
	 * encoded */
	memset(&r, 0, sizeof(r));
	memcpy(r.hdr.uuid, cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA), 16);
	r.hdr.length = CXLMB_EVENT_RECORD_LEN;
	r.type = CXLMB_EVT_GENERAL_MEDIA;
	r.u.gm.device = 0x123456;
	assert_int_equal(cxlmb_event_record_encode(&r, buf, sizeof(buf), &n), 0);
	assert_int_equal(buf[0x3F], 0x56);
	assert_int_equal(buf[0x41], 0x12);
	r.u.gm.device = 0x1000000;
	assert_int_equal(cxlmb_event_record_encode(&r, buf, sizeof(buf), &n), CXLMB_E_VALUE_RANGE);
	/* the type must be the UUID's; no record, no output */
	r.u.gm.device = 0;
	r.type = CXLMB_EVT_DRAM;
	assert_int_equal(cxlmb_event_record_encode(&r, buf, sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_event_record_encode(NULL, buf, sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_event_record_decode(buf, sizeof(buf), S, NULL), CXLMB_E_INVALID_ARG);
	assert_null(cxlmb_event_type_uuid(CXLMB_EVT_UNKNOWN));
	assert_null(cxlmb_event_type_uuid(0xFF));
	r.type = CXLMB_EVT_GENERAL_MEDIA;

	/* Get Event Records' typed printing: one General Media record, shown
	 * with and without the optional callbacks */
	uint8_t rsp[0x20 + CXLMB_EVENT_RECORD_LEN] = { [0x14] = 0x01 }; /* one record */
	r.u.gm.device = 0x123456;
	assert_int_equal(cxlmb_event_record_encode(&r, rsp + 0x20, CXLMB_EVENT_RECORD_LEN, &n), 0);
	cov_rt(0x0100, RSP, NULL, 0, rsp, sizeof(rsp));
	assert_int_equal(visit(0x0100, RSP, S, &full), 0);
	assert_int_equal(rec.elems, 2); /* the header list, then the typed list */
	assert_int_equal(visit(0x0100, RSP, S, &bare), 0);
	int with_uint = rec.uints;
	assert_int_equal(visit(0x0100, RSP, S, &none), 0);
	assert_int_equal(rec.uints, 0);
	assert_true(with_uint > 0);
	/* a record whose own length byte is wrong (Table 8-43: 80h) is refused
	 * strictly; decoded leniently, it is still printed as its type */
	cov_bad(0x0100, RSP, NULL, 0, rsp, sizeof(rsp), 0x30, 0x7F, S, CXLMB_E_BAD_LENGTH, NULL);
	cov_bad(0x0100, RSP, NULL, 0, rsp, sizeof(rsp), 0x30, 0x7F, 0, CXLMB_E_OK, NULL);
	assert_int_equal(visit(0x0100, RSP, S, &full), 0);
	assert_int_equal(rec.elems, 2);
	assert_int_equal(rec.uints, with_uint);
}

/* ---- Read CDAT (Tables 8-139, 8-140), Get DC Configuration (8-165) ---- */

static void test_request_bound_misc(void **state)
{
	(void)state;
	static const uint8_t cdat_req[0x14] = { 0x12, 0x00, [0x0C] = 0x08 };
	static const uint8_t cdat_rsp[0x18] = { 0x40, [0x08] = 0x08, [0x10] = 1, 2, 3, 4, 5, 6, 7, 8 };
	const struct cxlmb_read_cdat_rsp *c = cov_rt(0x0702, RSP, cdat_req, sizeof(cdat_req), cdat_rsp,
						     sizeof(cdat_rsp));
	assert_int_equal(c->num_bytes, 8);
	assert_int_equal(c->data.len, 8);
	cov_bad(0x0702, RSP, cdat_req, sizeof(cdat_req) - 1, cdat_rsp, sizeof(cdat_rsp), NOC, 0, S,
		CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x0702, RSP, cdat_req, sizeof(cdat_req), cdat_rsp, sizeof(cdat_rsp) - 1, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);

	static const uint8_t dc_req[2] = { 0x01, 0x00 };
	uint8_t dc_rsp[8 + 0x28 + 0x10] = { 0x02, 0x01 };
	dc_rsp[8 + 0x13] = 0x01; /* length 1_0000_0000h */
	dc_rsp[8 + 0x18] = 0x40; /* block size */
	const struct cxlmb_get_dc_config_rsp *d = cov_rt(0x4800, RSP, dc_req, 2, dc_rsp, sizeof(dc_rsp));
	assert_int_equal(d->num_regions, 1);
	cov_bad(0x4800, RSP, dc_req, 1, dc_rsp, sizeof(dc_rsp), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	/* Get DC Extent List (4801h) and Get LSA (4102h) answers bound to a
	 * request that is not one */
	static const uint8_t ext_rsp[0x10] = { 0 };
	static const uint8_t ext_req[8] = { 0x04, 0, 0, 0, 0, 0, 0, 0 };
	cov_rt(0x4801, RSP, ext_req, 8, ext_rsp, sizeof(ext_rsp));
	cov_bad(0x4801, RSP, ext_req, 7, ext_rsp, sizeof(ext_rsp), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	static const uint8_t lsa_req[8] = { 0, 0, 0, 0, 0x04, 0, 0, 0 };
	static const uint8_t lsa[4] = { 1, 2, 3, 4 };
	cov_rt(0x4102, RSP, lsa_req, 8, lsa, 4);
	cov_bad(0x4102, RSP, lsa_req, 7, lsa, 4, NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x4102, RSP, lsa_req, 8, lsa, 3, NOC, 0, S, CXLMB_E_OK, NULL);
	static const uint8_t dc_none[2] = { 0x00, 0x00 };
	cov_bad(0x4800, RSP, dc_none, 2, dc_rsp, sizeof(dc_rsp), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_media_ops),       cmocka_unit_test(test_get_feature),
		cmocka_unit_test(test_set_feature),     cmocka_unit_test(test_supported_features),
		cmocka_unit_test(test_maintenance),     cmocka_unit_test(test_event_record_edges),
		cmocka_unit_test(test_request_bound_misc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
