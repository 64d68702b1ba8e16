/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* GFD Component Management 4901h-4914h (CXL r3.2 §8.2.10.9.10, Tables
 * 8-187 to 8-220): every typed layout from a vector written byte by byte
 * from its table, decoded strictly through the catalog (responses with
 * their request), re-encoded to the same bytes; each reserved, enumerated
 * and request-bound check refused with its code. */
#include "cov_util.h"

#define RSP CXLMB_RSP
#define REQ CXLMB_REQ
#define S CXLMB_STRICT
#define NOC COV_NO_CHANGE

/* Table 8-187: firmware halted, media ready, CXL reset needed; link mode
 * 3, x16 of x8, speeds, L0 state 0Ah, lane 4, reversed, PRSNT, power off */
static const uint8_t status[0x0B] = { 0x86, 0x03, 0x10, 0x08, 0x1F, 0x20,
				      0x10, 0x0A, 0x04, 0x0D, 0x00 };

static void test_gfd_status(void **state)
{
	(void)state;
	const struct cxlmb_gfd_status_rsp *r = cov_rt(0x4901, RSP, NULL, 0, status, sizeof(status));

	assert_int_equal(r->device_fatal, 0);
	assert_int_equal(r->fw_halt, 1);
	assert_int_equal(r->media_status, 1);
	assert_int_equal(r->reset_needed, 4);
	assert_int_equal(r->link_mode, 3);
	assert_int_equal(r->max_link_width, 0x10);
	assert_int_equal(r->negotiated_link_width, 0x08);
	assert_int_equal(r->supported_link_speeds, 0x1F);
	assert_int_equal(r->max_link_speed, 0x20);
	assert_int_equal(r->current_link_speed, 0x10);
	assert_int_equal(r->ltssm_state, 0x0A);
	assert_int_equal(r->first_negotiated_lane, 4);
	assert_true(r->lane_reversal && !r->perst && r->prsnt && r->power_off);

	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 0, 0xA6, S, CXLMB_E_BAD_ENUM,
		"reset_needed"); /* 5 */
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 0, 0x96, S, CXLMB_E_RESERVED_SET,
		"reserved"); /* bit 4 */
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 0, 0x96, 0, CXLMB_E_OK, NULL);
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 1, 0x06, S, CXLMB_E_BAD_ENUM,
		"link_mode");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 1, 0x13, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 2, 0x50, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 6, 0x80, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 7, 0x0B, S, CXLMB_E_BAD_ENUM,
		"ltssm_state");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status), 10, 0x01, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4901, RSP, NULL, 0, status, sizeof(status) - 1, NOC, 0, S, CXLMB_E_TRUNCATED,
		NULL);
}

/* Tables 8-188 to 8-190: 2 regions asked from region 1; 1 of 3 returned,
 * then the four extent and tag counts */
static const uint8_t dc_cfg_req[4] = { 0x00, 0x00, 0x02, 0x01 };
static const uint8_t dc_cfg_rsp[0x3C] = {
	[0x02] = 0x03, [0x03] = 0x01,
	[0x08] = 0x01,                /* base 1_0000_0000h */
	[0x0F] = 0x40,                /* decode length */
	[0x17] = 0x40,                /* length 4000_0000h */
	[0x1E] = 0x20,                /* block size 20_0000h */
	[0x24] = 0x04,                /* DSMAS flags */
	[0x28] = 0x01,                /* sanitize on release */
	[0x2D] = 0x01, [0x30] = 0x80, /* 100h extents supported, 80h available */
	[0x34] = 0x10, [0x38] = 0x08, /* 10h tags supported, 8 available */
};

static void test_gfd_dc_config(void **state)
{
	(void)state;
	const struct cxlmb_gfd_dc_config_req *q = cov_rt(0x4902, REQ, NULL, 0, dc_cfg_req, 4);
	struct cxlmb_host_dc_region g;

	assert_int_equal(q->region_count, 2);
	assert_int_equal(q->start_region, 1);
	cov_bad(0x4902, REQ, NULL, 0, dc_cfg_req, 4, 0, 0x01, S, CXLMB_E_RESERVED_SET, "reserved");

	const struct cxlmb_gfd_dc_config_rsp *r =
		cov_rt(0x4902, RSP, dc_cfg_req, 4, dc_cfg_rsp, sizeof(dc_cfg_rsp));
	assert_int_equal(r->regions_available, 3);
	assert_int_equal(r->num_regions, 1);
	assert_int_equal(r->extents_supported, 0x100);
	assert_int_equal(r->extents_available, 0x80);
	assert_int_equal(r->tags_supported, 0x10);
	assert_int_equal(r->tags_available, 8);
	assert_int_equal(cxlmb_array_get(&cxlmb_host_dc_region_schema, &r->regions, 0, S, &g), 0);
	assert_true(g.base == 0x100000000ull && g.length == 0x40000000ull);
	assert_true(g.block_size == 0x200000ull && g.decode_length == 0x40000000ull);
	assert_int_equal(g.dsmas_flags, 4);
	assert_int_equal(g.sanitize_on_release, 1);

	/* no request: decoded on its own; more regions than asked; a request
	 * that is not one; the trailer's counts cut short */
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4902), RSP, dc_cfg_rsp, sizeof(dc_cfg_rsp),
					  S, cov_val), 0);
	static const uint8_t one[4] = { 0, 0, 1, 1 }; /* exactly as many as asked */
	cov_rt(0x4902, RSP, one, 4, dc_cfg_rsp, sizeof(dc_cfg_rsp));
	static const uint8_t none[4] = { 0, 0, 0, 1 };
	cov_bad(0x4902, RSP, none, 4, dc_cfg_rsp, sizeof(dc_cfg_rsp), NOC, 0, S, CXLMB_E_OVERSIZE,
		NULL);
	cov_bad(0x4902, RSP, dc_cfg_req, 3, dc_cfg_rsp, sizeof(dc_cfg_rsp), NOC, 0, S,
		CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x4902, RSP, dc_cfg_req, 4, dc_cfg_rsp, sizeof(dc_cfg_rsp) - 4, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);
	cov_bad(0x4902, RSP, dc_cfg_req, 4, dc_cfg_rsp, sizeof(dc_cfg_rsp), 0x28, 0x02, S,
		CXLMB_E_RESERVED_SET, "reserved");
}

/* r3.2 Table 8-191 (r3.1 Table 8-176): region 2, 40h-byte blocks,
 * sanitize on release, 512 MiB of a 1 GiB decode at 4 GiB */
static const uint8_t set_region[0x28] = {
	[0x00] = 0x02, [0x04] = 0x40, [0x0C] = 0x01,
	[0x14] = 0x01, [0x1B] = 0x40, [0x23] = 0x20,
};

static void test_gfd_set_dc_region(void **state)
{
	(void)state;
	const struct cxlmb_set_gfd_dc_region_req *q =
		cov_rt(0x4903, REQ, NULL, 0, set_region, sizeof(set_region));

	assert_int_equal(q->region_id, 2);
	assert_true(q->block_size == 0x40);
	assert_int_equal(q->sanitize_on_release, 1);
	assert_true(q->base == 0x100000000ull);
	assert_true(q->decode_length == 0x40000000ull && q->length == 0x20000000ull);
	/* 60h is a multiple of 20h and divides the length, but no power of 2 */
	cov_bad(0x4903, REQ, NULL, 0, set_region, sizeof(set_region), 0x04, 0x60, S,
		CXLMB_E_VALUE_RANGE, NULL);
	cov_bad(0x4903, REQ, NULL, 0, set_region, sizeof(set_region), 0x04, 0x60, 0, CXLMB_E_OK,
		NULL);
	cov_bad(0x4903, REQ, NULL, 0, set_region, sizeof(set_region), 0x00, 0x08, S,
		CXLMB_E_BAD_ENUM, "region_id");
	cov_bad(0x4903, REQ, NULL, 0, set_region, sizeof(set_region), 0x0C, 0x03, S,
		CXLMB_E_RESERVED_SET, "reserved");
}

/* Tables 8-192, 8-193 (extent as Table 8-63): group 102h, 2 extents asked
 * from index 5; one returned of 7, generation 9 */
static const uint8_t ext_req[0x0C] = { 0x02, 0x01, 0, 0, 0x02, 0, 0, 0, 0x05, 0, 0, 0 };
static const uint8_t ext_rsp[0x40] = {
	[0x00] = 0x02, [0x01] = 0x01, [0x04] = 0x05, [0x08] = 0x01, [0x0C] = 0x07, [0x10] = 0x09,
	[0x1B] = 0x40,                 /* extent: DPA 4000_0000h */
	[0x23] = 0x10,                 /* length 1000_0000h */
	[0x28] = 0xA0, [0x37] = 0xAF,  /* tag */
	[0x38] = 0x02,                 /* shared sequence */
};

static void test_gfd_extent_lists(void **state)
{
	(void)state;
	const struct cxlmb_gfd_extent_lists_req *q = cov_rt(0x4904, REQ, NULL, 0, ext_req, 0x0C);
	struct cxlmb_dc_extent x;
	uint8_t q2[0x0C];

	assert_int_equal(q->grp_id, 0x102);
	assert_int_equal(q->extent_count, 2);
	assert_int_equal(q->start_index, 5);
	cov_bad(0x4904, REQ, NULL, 0, ext_req, 0x0C, 2, 0x01, S, CXLMB_E_RESERVED_SET, "reserved");

	const struct cxlmb_gfd_extent_lists_rsp *r = cov_rt(0x4904, RSP, ext_req, 0x0C, ext_rsp, 0x40);
	assert_int_equal(r->grp_id, 0x102);
	assert_int_equal(r->start_index, 5);
	assert_int_equal(r->count, 1);
	assert_int_equal(r->total, 7);
	assert_int_equal(r->generation, 9);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_extent_schema, &r->extents, 0, S, &x), 0);
	assert_true(x.start_dpa == 0x40000000ull && x.length == 0x10000000ull);
	assert_int_equal(x.tag[0], 0xA0);
	assert_int_equal(x.tag[15], 0xAF);
	assert_int_equal(x.shared_seq, 2);

	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4904), RSP, ext_rsp, 0x40, S, cov_val), 0);
	/* another group, another index, fewer extents asked, a bad request */
	cov_bad(0x4904, RSP, ext_req, 0x0C, ext_rsp, 0x40, 0, 0x03, S, CXLMB_E_TAG_MISMATCH, NULL);
	cov_bad(0x4904, RSP, ext_req, 0x0C, ext_rsp, 0x40, 4, 0x06, S, CXLMB_E_TAG_MISMATCH, NULL);
	memcpy(q2, ext_req, sizeof(q2));
	q2[4] = 0;
	cov_bad(0x4904, RSP, q2, 0x0C, ext_rsp, 0x40, NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x4904, RSP, ext_req, 0x0B, ext_rsp, 0x40, NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x4904, RSP, ext_req, 0x0C, ext_rsp, 0x40, 0x14, 0x01, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4904, RSP, ext_req, 0x0C, ext_rsp, 0x3F, NOC, 0, S, CXLMB_E_COUNT_MISMATCH, NULL);
}

/* Tables 8-194 to 8-197: 2 DMPs asked from 0; one of 4 returned */
#define DMP_AT(o)                                                                       \
	[(o) + 0x04] = 0x02,              /* base 2_0000_0000h */                        \
	[(o) + 0x08] = 0x10,              /* decode length */                           \
	[(o) + 0x14] = 0x01,              /* length 1_0000_0000h */                     \
	[(o) + 0x18] = 0x40,              /* block size 40h */                          \
	[(o) + 0x20] = 0x0C,              /* DSMAS flags */                             \
	[(o) + 0x21] = 0x01,              /* DMP index */                               \
	[(o) + 0x24] = 0x01               /* sanitize on release */
static const uint8_t dmp_req[4] = { 0, 0, 0x02, 0x00 };
static const uint8_t dmp_rsp[4 + 0x28] = { [0x02] = 0x04, [0x03] = 0x01, DMP_AT(4) };
static const uint8_t set_dmp[4 + 0x28] = { [0x02] = 0x01, [0x03] = 0x03, DMP_AT(4) };

static void test_gfd_dmp(void **state)
{
	(void)state;
	struct cxlmb_gfd_dmp d;
	uint8_t dmp[0x28];
	size_t n = 0;

	assert_int_equal(((struct cxlmb_gfd_dmp_config_req *)cov_rt(0x4905, REQ, NULL, 0, dmp_req, 4))
				 ->dmp_count, 2);
	cov_bad(0x4905, REQ, NULL, 0, dmp_req, 4, 2, 0x00, S, CXLMB_E_BAD_ENUM, "dmp_count");

	const struct cxlmb_gfd_dmp_config_rsp *r = cov_rt(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp));
	assert_int_equal(r->num_available, 4);
	assert_int_equal(r->num_dmps, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_dmp_schema, &r->dmps, 0, S, &d), 0);
	assert_true(d.base == 0x200000000ull && d.decode_length == 0x10);
	assert_true(d.length == 0x100000000ull && d.block_size == 0x40);
	assert_int_equal(d.dsmas_flags, 0x0C);
	assert_int_equal(d.dmp_index, 1);
	assert_int_equal(d.sanitize_on_release, 1);
	assert_int_equal(cxlmb_gfd_dmp_encode(&d, dmp, sizeof(dmp), &n), 0);
	assert_memory_equal(dmp, dmp_rsp + 4, 0x28);

	/* the flags' bits 1:0 and 7, 22h and the release byte's bits 7:1 are
	 * reserved (regression: bits 1:0 were taken as flags) */
	cov_bad(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp), 4 + 0x20, 0x8C, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp), 4 + 0x20, 0x0D, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp), 4 + 0x20, 0x0E, S,
		CXLMB_E_RESERVED_SET, "reserved");
	d.dsmas_flags = 0x0D; /* a reserved bit is not encoded */
	assert_int_equal(cxlmb_gfd_dmp_encode(&d, dmp, sizeof(dmp), &n), CXLMB_E_VALUE_RANGE);
	d.dsmas_flags = 0x0C;
	cov_bad(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp), 4 + 0x22, 0x01, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4905, RSP, dmp_req, 4, dmp_rsp, sizeof(dmp_rsp), 4 + 0x24, 0x03, S,
		CXLMB_E_RESERVED_SET, "reserved");
	/* more than asked; no request; a request of 5 bytes */
	static const uint8_t one[4] = { 0, 0, 0x01, 0 };
	assert_int_equal(cxlmb_cmd_decode_rsp(cxlmb_cmd_find(0x4905), one, 4, dmp_rsp, sizeof(dmp_rsp),
					      S, cov_val), 0);
	uint8_t two[4 + 0x28 * 2];
	memcpy(two, dmp_rsp, sizeof(dmp_rsp));
	memcpy(two + sizeof(dmp_rsp), dmp_rsp + 4, 0x28);
	two[3] = 2;
	cov_bad(0x4905, RSP, one, 4, two, sizeof(two), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4905), RSP, two, sizeof(two), S, cov_val), 0);
	uint8_t q5[5] = { 0, 0, 2, 0, 0 };
	cov_bad(0x4905, RSP, q5, 5, dmp_rsp, sizeof(dmp_rsp), NOC, 0, S | CXLMB_ALLOW_TRAILING,
		CXLMB_E_OVERSIZE, NULL);

	/* Table 8-197: set 1 DMP from 3 */
	const struct cxlmb_gfd_set_dmp_req *s = cov_rt(0x4906, REQ, NULL, 0, set_dmp, sizeof(set_dmp));
	assert_int_equal(s->num_dmps, 1);
	assert_int_equal(s->start_dmp, 3);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_dmp_schema, &s->dmps, 0, S, &d), 0);
	assert_int_equal(d.dmp_index, 1);
	cov_bad(0x4906, REQ, NULL, 0, set_dmp, 4, 2, 0x00, S, CXLMB_E_BAD_ENUM, "num_dmps");
	cov_bad(0x4906, REQ, NULL, 0, set_dmp, sizeof(set_dmp) - 1, NOC, 0, S, CXLMB_E_COUNT_MISMATCH,
		NULL);
}

/* Table 8-198: group 3, prescriptive, region 1, 1000_0000h bytes, tag
 * 10h..1Fh, one extent, at most 4 extents back */
#define DC_CHANGE(pol, reg)                                                                \
	[0x00] = 0x03, [0x02] = (pol), [0x03] = (reg), [0x07] = 0x10,                     \
	[0x0C] = 0x10, [0x1B] = 0x1F, [0x1C] = 0x01, [0x20] = 0x04,                      \
	[0x27] = 0x40, [0x2F] = 0x10, [0x34] = 0x10, [0x43] = 0x1F
static const uint8_t dc_add[0x24 + 0x28] = { DC_CHANGE(0x02, 0x01) };
/* Table 8-200: prescriptive removal (1), sanitize on release (bit 5);
 * 03h reserved */
static const uint8_t dc_rel[0x24 + 0x28] = { DC_CHANGE(0x21, 0x00) };
/* Tables 8-199, 8-201: 4904h's layout, group 3, one extent */
static const uint8_t dc_chg_rsp[0x40] = {
	[0x00] = 0x03, [0x08] = 0x01, [0x0C] = 0x01, [0x10] = 0x02,
	[0x1B] = 0x40, [0x23] = 0x10, [0x28] = 0x10, [0x37] = 0x1F,
};

static void test_gfd_dc_add_release(void **state)
{
	(void)state;
	struct cxlmb_dc_extent x;
	uint8_t q[sizeof(dc_add)];

	const struct cxlmb_gfd_dc_add_req *a = cov_rt(0x4907, REQ, NULL, 0, dc_add, sizeof(dc_add));
	assert_int_equal(a->grp_id, 3);
	assert_int_equal(a->policy, 2);
	assert_int_equal(a->region, 1);
	assert_true(a->length == 0x10000000ull);
	assert_int_equal(a->tag[0], 0x10);
	assert_int_equal(a->tag[15], 0x1F);
	assert_int_equal(a->extent_count, 1);
	assert_int_equal(a->max_rsp_extents, 4);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_extent_schema, &a->extents, 0, S, &x), 0);
	assert_true(x.start_dpa == 0x40000000ull && x.length == 0x10000000ull);
	cov_bad(0x4907, REQ, NULL, 0, dc_add, sizeof(dc_add), 2, 0x04, S, CXLMB_E_BAD_ENUM, "policy");
	cov_bad(0x4907, REQ, NULL, 0, dc_add, sizeof(dc_add), 2, 0x12, S, CXLMB_E_RESERVED_SET,
		"reserved");

	const struct cxlmb_gfd_dc_release_req *d = cov_rt(0x4908, REQ, NULL, 0, dc_rel, sizeof(dc_rel));
	assert_int_equal(d->grp_id, 3);
	assert_int_equal(d->removal_policy, 1);
	assert_int_equal(d->sanitize_on_release, 1);
	assert_int_equal(d->max_rsp_extents, 4);
	cov_bad(0x4908, REQ, NULL, 0, dc_rel, sizeof(dc_rel), 2, 0x22, S, CXLMB_E_BAD_ENUM,
		"removal_policy");
	cov_bad(0x4908, REQ, NULL, 0, dc_rel, sizeof(dc_rel), 2, 0x31, S, CXLMB_E_RESERVED_SET,
		"reserved");
	cov_bad(0x4908, REQ, NULL, 0, dc_rel, sizeof(dc_rel), 3, 0x01, S, CXLMB_E_RESERVED_SET,
		"reserved");

	/* the answers: the group asked, at most max_rsp_extents */
	const struct cxlmb_gfd_extent_lists_rsp *r =
		cov_rt(0x4907, RSP, dc_add, sizeof(dc_add), dc_chg_rsp, sizeof(dc_chg_rsp));
	assert_int_equal(r->grp_id, 3);
	assert_int_equal(r->count, 1);
	assert_int_equal(r->generation, 2);
	cov_rt(0x4908, RSP, dc_rel, sizeof(dc_rel), dc_chg_rsp, sizeof(dc_chg_rsp));
	for (uint16_t op = 0x4907; op <= 0x4908; op++) {
		const uint8_t *rq = op == 0x4907 ? dc_add : dc_rel;
		assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(op), RSP, dc_chg_rsp, sizeof(dc_chg_rsp),
						  S, cov_val), 0);
		cov_bad(op, RSP, rq, sizeof(dc_add), dc_chg_rsp, sizeof(dc_chg_rsp), 0, 0x04, S,
			CXLMB_E_TAG_MISMATCH, NULL);
		memcpy(q, rq, sizeof(q));
		q[0x20] = 1; /* exactly as many as may come back */
		cov_rt(op, RSP, q, sizeof(q), dc_chg_rsp, sizeof(dc_chg_rsp));
		q[0x20] = 0; /* no extents back */
		cov_bad(op, RSP, q, sizeof(q), dc_chg_rsp, sizeof(dc_chg_rsp), NOC, 0, S,
			CXLMB_E_OVERSIZE, NULL);
		cov_bad(op, RSP, rq, 0x23, dc_chg_rsp, sizeof(dc_chg_rsp), NOC, 0, S,
			CXLMB_E_TRUNCATED, NULL);
	}
	/* each answer is bound to its own command's request: an Add request
	 * (policy 2) is no Release request (removal policy at most 1) */
	cov_bad(0x4908, RSP, dc_add, sizeof(dc_add), dc_chg_rsp, sizeof(dc_chg_rsp), NOC, 0, S,
		CXLMB_E_BAD_ENUM, NULL);
	cov_bad(0x4907, RSP, dc_rel, sizeof(dc_rel), dc_chg_rsp, sizeof(dc_chg_rsp), NOC, 0, S,
		CXLMB_E_RESERVED_SET, NULL);
	/* leniently the request is read leniently too */
	cov_bad(0x4908, RSP, dc_add, sizeof(dc_add), dc_chg_rsp, sizeof(dc_chg_rsp), NOC, 0, 0,
		CXLMB_E_OK, NULL);
}

/* Tables 8-202 to 8-206: a tag; list from 0, at most 2; two tags, the
 * first held by the FM */
static const uint8_t tag_req[16] = { 0x10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0x1F };
static const uint8_t tags_req[8] = { 0, 0, 0, 0, 0x02, 0, 0, 0 };
static const uint8_t tags_rsp[0x0C + 2 * 0x14] = {
	[0x00] = 0x05, [0x04] = 0x02,
	[0x0C] = 0x20, [0x1B] = 0x2F, [0x1C] = 0x01,
	[0x20] = 0x30, [0x2F] = 0x3F, [0x30] = 0x00,
};

static void test_gfd_tags(void **state)
{
	(void)state;
	struct cxlmb_gfd_tag_info t;
	uint8_t q[8];

	for (uint16_t op = 0x4909; op <= 0x490A; op++)
		assert_int_equal(((struct cxlmb_dc_tag_req *)cov_rt(op, REQ, NULL, 0, tag_req, 16))->tag[15],
				 0x1F);
	const struct cxlmb_gfd_list_tags_req *lq = cov_rt(0x490B, REQ, NULL, 0, tags_req, 8);
	assert_int_equal(lq->start_index, 0);
	assert_int_equal(lq->max_tags, 2);

	const struct cxlmb_gfd_list_tags_rsp *r = cov_rt(0x490B, RSP, tags_req, 8, tags_rsp, sizeof(tags_rsp));
	assert_int_equal(r->generation, 5);
	assert_int_equal(r->total_tags, 2);
	assert_int_equal(r->tags.len, 2 * CXLMB_GFD_TAG_INFO_LEN);
	assert_int_equal(cxlmb_gfd_tag_info_decode(r->tags.data, CXLMB_GFD_TAG_INFO_LEN, S, &t), 0);
	assert_int_equal(t.tag[0], 0x20);
	assert_int_equal(t.fm_holds_reference, 1);
	assert_int_equal(cxlmb_gfd_tag_info_decode(r->tags.data + 0x14, CXLMB_GFD_TAG_INFO_LEN, S, &t), 0);
	assert_int_equal(t.tag[15], 0x3F);
	assert_int_equal(t.fm_holds_reference, 0);

	/* each entry's reserved bits (strictly), its 3 reserved bytes */
	cov_bad(0x490B, RSP, tags_req, 8, tags_rsp, sizeof(tags_rsp), 0x30, 0x02, S,
		CXLMB_E_RESERVED_SET, NULL);
	cov_bad(0x490B, RSP, tags_req, 8, tags_rsp, sizeof(tags_rsp), 0x30, 0x02, 0, CXLMB_E_OK, NULL);
	cov_bad(0x490B, RSP, tags_req, 8, tags_rsp, sizeof(tags_rsp), 0x1D, 0x01, S,
		CXLMB_E_RESERVED_SET, NULL);
	/* more than max_tags; a bad request; a torn entry; no request */
	memcpy(q, tags_req, 8);
	q[4] = 1;
	cov_bad(0x490B, RSP, q, 8, tags_rsp, sizeof(tags_rsp), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x490B, RSP, tags_req, 7, tags_rsp, sizeof(tags_rsp), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	cov_bad(0x490B, RSP, tags_req, 8, tags_rsp, sizeof(tags_rsp) - 1, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x490B), RSP, tags_rsp, sizeof(tags_rsp), S,
					  cov_val), 0);
	/* the header alone: no tags */
	assert_int_equal(((struct cxlmb_gfd_list_tags_rsp *)cov_rt(0x490B, RSP, tags_req, 8, tags_rsp, 0x0C))
				 ->tags.len, 0);
}

/* Tables 8-207 to 8-211: 2 SAT entries from RPID 10h; set two updates */
static const uint8_t sat_req[6] = { 0, 0, 0x02, 0x00, 0x10, 0x00 };
static const uint8_t sat_rsp[6 + 8] = { 0, 0, 0x02, 0x00, 0x10, 0x00,
					0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x80 };
static const uint8_t set_sat[2 + 12] = {
	0x02, 0x00,
	0x23, 0x01, 0x05, 0x00, 0x00, 0x80, /* RPID 123h: groups 0, 2; notify */
	0xFF, 0x0F, 0xFF, 0xFF, 0xFF, 0x7F, /* RPID FFFh: every group */
};

static void test_gfd_sat(void **state)
{
	(void)state;
	struct cxlmb_gfd_sat_entry e;
	struct cxlmb_gfd_sat_update u;

	const struct cxlmb_gfd_get_sat_req *q = cov_rt(0x490C, REQ, NULL, 0, sat_req, 6);
	assert_int_equal(q->count, 2);
	assert_int_equal(q->start_rpid, 0x10);
	cov_bad(0x490C, REQ, NULL, 0, sat_req, 6, 2, 0x00, S, CXLMB_E_BAD_ENUM, "count");
	cov_bad(0x490C, REQ, NULL, 0, sat_req, 6, 1, 0x01, S, CXLMB_E_RESERVED_SET, "reserved");

	const struct cxlmb_gfd_get_sat_rsp *r = cov_rt(0x490C, RSP, sat_req, 6, sat_rsp, sizeof(sat_rsp));
	assert_int_equal(r->count, 2);
	assert_int_equal(r->start_rpid, 0x10);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_sat_entry_schema, &r->entries, 1, S, &e), 0);
	assert_int_equal(e.grp_acc_vec, 0x80000001u);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x490C), RSP, sat_rsp, sizeof(sat_rsp), S,
					  cov_val), 0);
	cov_bad(0x490C, RSP, sat_req, 6, sat_rsp, sizeof(sat_rsp), 4, 0x11, S, CXLMB_E_TAG_MISMATCH,
		NULL);
	uint8_t one[6];
	memcpy(one, sat_req, 6);
	one[2] = 1;
	cov_bad(0x490C, RSP, one, 6, sat_rsp, sizeof(sat_rsp), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	one[2] = 0;
	cov_bad(0x490C, RSP, one, 6, sat_rsp, sizeof(sat_rsp), NOC, 0, S, CXLMB_E_BAD_ENUM, NULL);
	cov_bad(0x490C, RSP, sat_req, 6, sat_rsp, sizeof(sat_rsp) - 2, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);

	const struct cxlmb_gfd_set_sat_req *s = cov_rt(0x490D, REQ, NULL, 0, set_sat, sizeof(set_sat));
	assert_int_equal(s->count, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_sat_update_schema, &s->updates, 0, S, &u), 0);
	assert_int_equal(u.rpid, 0x123);
	assert_int_equal(u.grp_acc_vec, 5);
	assert_int_equal(u.notify_rpid, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_sat_update_schema, &s->updates, 1, S, &u), 0);
	assert_int_equal(u.rpid, 0xFFF);
	assert_int_equal(u.grp_acc_vec, 0x7FFFFFFFu);
	assert_int_equal(u.notify_rpid, 0);
	cov_bad(0x490D, REQ, NULL, 0, set_sat, sizeof(set_sat), 3, 0x11, S, CXLMB_E_RESERVED_SET,
		"reserved"); /* RPID bit 12 */
	cov_bad(0x490D, REQ, NULL, 0, set_sat, 2, 0, 0x00, S, CXLMB_E_BAD_ENUM, "count");
	cov_bad(0x490D, REQ, NULL, 0, set_sat, sizeof(set_sat) - 1, NOC, 0, S,
		CXLMB_E_COUNT_MISMATCH, NULL);
}

/* Tables 8-214 to 8-216: 2 RPIDs from 5; fractions 80h/256 and 40h/256 */
static const uint8_t bw_req[4] = { 0x02, 0x00, 0x05, 0x00 };
static const uint8_t bw_rsp[6] = { 0x02, 0x00, 0x05, 0x00, 0x80, 0x40 };

static void test_gfd_bw_limit(void **state)
{
	(void)state;
	struct cxlmb_id8 f;

	const struct cxlmb_gfd_bw_limit_req *q = cov_rt(0x4911, REQ, NULL, 0, bw_req, 4);
	assert_int_equal(q->num_rpids, 2);
	assert_int_equal(q->start_rpid, 5);
	cov_bad(0x4911, REQ, NULL, 0, bw_req, 4, 0, 0x00, S, CXLMB_E_BAD_ENUM, "num_rpids");
	cov_bad(0x4911, REQ, NULL, 0, bw_req, 4, 3, 0x10, S, CXLMB_E_RESERVED_SET, "reserved");

	const struct cxlmb_gfd_bw_limit *r = cov_rt(0x4911, RSP, bw_req, 4, bw_rsp, 6);
	assert_int_equal(r->num_rpids, 2);
	assert_int_equal(r->start_rpid, 5);
	assert_int_equal(cxlmb_array_get(&cxlmb_id8_schema, &r->fractions, 1, S, &f), 0);
	assert_int_equal(f.id, 0x40);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4911), RSP, bw_rsp, 6, S, cov_val), 0);
	cov_bad(0x4911, RSP, bw_req, 4, bw_rsp, 6, 2, 0x06, S, CXLMB_E_TAG_MISMATCH, NULL);
	cov_bad(0x4911, RSP, bw_req, 4, bw_rsp, 6, 3, 0x20, S, CXLMB_E_RESERVED_SET, "reserved");
	static const uint8_t one[4] = { 0x01, 0x00, 0x05, 0x00 };
	cov_bad(0x4911, RSP, one, 4, bw_rsp, 6, NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x4911, RSP, bw_req, 3, bw_rsp, 6, NOC, 0, S, CXLMB_E_TRUNCATED, NULL);

	/* 4912h: the same layout both ways, with no request check */
	const struct cxlmb_gfd_bw_limit *s = cov_rt(0x4912, REQ, NULL, 0, bw_rsp, 6);
	assert_int_equal(s->num_rpids, 2);
	cov_rt(0x4912, RSP, one, 4, bw_rsp, 6);
	cov_bad(0x4912, REQ, NULL, 0, bw_rsp, 5, NOC, 0, S, CXLMB_E_COUNT_MISMATCH, NULL);
}

/* Tables 8-217 to 8-220: RPID ABCh, 2 entries from 0; one valid coherent
 * entry: HPA 10_0000_0000h, DPA 40h, 1000_0000h bytes, 2/3/4 */
#define GDT_AT(o)                                                                       \
	[(o) + 0x01] = 0x01, [(o) + 0x02] = 0x01, [(o) + 0x08] = 0x10, [(o) + 0x0C] = 0x40, \
	[(o) + 0x17] = 0x10, [(o) + 0x1C] = 0x02, [(o) + 0x1D] = 0x03, [(o) + 0x1E] = 0x04
static const uint8_t gdt_req[6] = { 0xBC, 0x0A, 0, 0, 0x02, 0x00 };
static const uint8_t gdt_rsp[8 + 0x20] = { 0xBC, 0x0A, 0, 0, 0x00, 0x01, 0x04, 0, GDT_AT(8) };
static const uint8_t set_gdt[6 + 0x20] = { 0xBC, 0x0A, 0, 0, 0x01, 0x00, GDT_AT(6) };

static void test_gfd_gdt(void **state)
{
	(void)state;
	struct cxlmb_gfd_gdt_entry e;

	const struct cxlmb_gfd_get_gdt_req *q = cov_rt(0x4913, REQ, NULL, 0, gdt_req, 6);
	assert_int_equal(q->rpid, 0xABC);
	assert_int_equal(q->gdt_count, 2);
	cov_bad(0x4913, REQ, NULL, 0, gdt_req, 6, 4, 0x09, S, CXLMB_E_BAD_ENUM, "gdt_count");
	cov_bad(0x4913, REQ, NULL, 0, gdt_req, 6, 1, 0x1A, S, CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4913, REQ, NULL, 0, gdt_req, 6, 2, 0x01, S, CXLMB_E_RESERVED_SET, "reserved");

	const struct cxlmb_gfd_get_gdt_rsp *r = cov_rt(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp));
	assert_int_equal(r->rpid, 0xABC);
	assert_int_equal(r->start_gdt, 0);
	assert_int_equal(r->count, 1);
	assert_int_equal(r->total, 4);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_gdt_entry_schema, &r->entries, 0, S, &e), 0);
	assert_true(e.valid && e.coherent);
	assert_true(e.hpa_base == 0x1000000000ull && e.dpa_base == 0x40 && e.dpa_len == 0x10000000ull);
	assert_int_equal(e.intlv, 2);
	assert_int_equal(e.gran, 3);
	assert_int_equal(e.way, 4);
	/* address bits 5:0, flags' bits 7:1, the nibbles' upper halves */
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 8 + 0x04, 0x01, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 8 + 0x01, 0x03, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 8 + 0x1C, 0x12, S,
		CXLMB_E_RESERVED_SET, "reserved");
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 8 + 0x1F, 0x01, S,
		CXLMB_E_RESERVED_SET, "reserved");
	/* another RPID or start; fewer asked; no request; a bad request */
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 0, 0xBD, S, CXLMB_E_TAG_MISMATCH,
		NULL);
	cov_bad(0x4913, RSP, gdt_req, 6, gdt_rsp, sizeof(gdt_rsp), 4, 0x01, S, CXLMB_E_TAG_MISMATCH,
		NULL);
	static const uint8_t one[6] = { 0xBC, 0x0A, 0, 0, 0x01, 0x00 }; /* exactly */
	cov_rt(0x4913, RSP, one, 6, gdt_rsp, sizeof(gdt_rsp));
	static const uint8_t none[6] = { 0xBC, 0x0A, 0, 0, 0x00, 0x00 };
	cov_bad(0x4913, RSP, none, 6, gdt_rsp, sizeof(gdt_rsp), NOC, 0, S, CXLMB_E_OVERSIZE, NULL);
	cov_bad(0x4913, RSP, gdt_req, 5, gdt_rsp, sizeof(gdt_rsp), NOC, 0, S, CXLMB_E_TRUNCATED, NULL);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x4913), RSP, gdt_rsp, sizeof(gdt_rsp), S,
					  cov_val), 0);

	const struct cxlmb_gfd_set_gdt_req *s = cov_rt(0x4914, REQ, NULL, 0, set_gdt, sizeof(set_gdt));
	assert_int_equal(s->rpid, 0xABC);
	assert_int_equal(s->count, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_gfd_gdt_entry_schema, &s->entries, 0, S, &e), 0);
	assert_int_equal(e.way, 4);
	cov_bad(0x4914, REQ, NULL, 0, set_gdt, 6, 4, 0x00, S, CXLMB_E_BAD_ENUM, "count");
	/* 1 to 8 entries: nine are refused strictly, seen leniently */
	uint8_t nine[6 + 9 * 0x20];
	memcpy(nine, set_gdt, 6);
	for (int i = 0; i < 9; i++)
		memcpy(nine + 6 + i * 0x20, set_gdt + 6, 0x20);
	nine[4] = 9;
	cov_bad(0x4914, REQ, NULL, 0, nine, sizeof(nine), NOC, 0, S, CXLMB_E_BAD_ENUM, NULL);
	cov_bad(0x4914, REQ, NULL, 0, nine, sizeof(nine), NOC, 0, 0, CXLMB_E_OK, NULL);
	assert_int_equal(((struct cxlmb_gfd_set_gdt_req *)cov_val)->count, 9);
	/* and an encode of nine is refused as the strict decode would */
	uint8_t out[sizeof(nine)];
	size_t n = 0;
	assert_int_not_equal(cxlmb_cmd_encode(cxlmb_cmd_find(0x4914), REQ, cov_val, out, sizeof(out), &n),
			     CXLMB_E_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gfd_status),     cmocka_unit_test(test_gfd_dc_config),
		cmocka_unit_test(test_gfd_set_dc_region),
		cmocka_unit_test(test_gfd_extent_lists), cmocka_unit_test(test_gfd_dmp),
		cmocka_unit_test(test_gfd_dc_add_release), cmocka_unit_test(test_gfd_tags),
		cmocka_unit_test(test_gfd_sat),        cmocka_unit_test(test_gfd_bw_limit),
		cmocka_unit_test(test_gfd_gdt),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
