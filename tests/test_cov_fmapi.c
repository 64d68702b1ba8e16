/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* FM API layouts (CXL r3.2 §7.6.7, §7.7.13-15) and the checks a table cannot
 * express: answers bounded by the request they answer (the bind hooks),
 * semantic rules (the check hooks) and the tunnel walk with its request.
 * Each vector is written by hand from the specification table named beside
 * it, decoded through the catalog (the path every caller takes), its fields
 * checked, and re-encoded byte for byte through the typed API.
 * test_codec_vectors.c checks every layout's plain fields once; here the
 * request is known, and each rule is driven to each of its answers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"
#include "cov_fmapi.h"

/* ---- DCD Management (r3.2 §7.6.7.6) ---- */

/* 5601h Get Host DC Region Configuration: request Table 7-66, answer Table
 * 7-67 with one DC Region Configuration (Table 7-68) and the four counts
 * after the list. */
static void test_host_dc_region_config(void **state)
{
	(void)state;
	uint8_t q[4] = { 0 }, a[0x3C] = { 0 };
	const struct cxlmb_host_dc_config_rsp *r = (const void *)val;
	struct cxlmb_host_dc_region reg;

	put(q, 0x00, 2, 2);    /* Host ID */
	put(q, 0x02, 1, 2);    /* Region Count */
	put(q, 0x03, 1, 0);    /* Starting Region Index */
	put(a, 0x00, 2, 2);    /* Host ID */
	put(a, 0x02, 1, 3);    /* Number of Available Regions */
	put(a, 0x03, 1, 1);    /* Number of Regions Returned */
	put(a, 0x04, 8, 0x40000000);  /* Region Base */
	put(a, 0x0C, 8, 0x10);        /* Region Decode Length (256 MiB units) */
	put(a, 0x14, 8, 0x10000000);  /* Region Length */
	put(a, 0x1C, 8, 0x200000);    /* Region Block Size */
	put(a, 0x24, 1, 0x0C);        /* Attributes1: Sharable, HW managed coherency */
	put(a, 0x28, 1, 0x01);        /* Attributes2: Sanitize on Release */
	put(a, 0x2C, 4, 0x100);       /* Total Number of Supported Extents */
	put(a, 0x30, 4, 0xF0);        /* Number of Available Extents */
	put(a, 0x34, 4, 8);           /* Total Number of Supported Tags */
	put(a, 0x38, 4, 6);           /* Number of Available Tags */

	assert_int_equal(req(0x5601, q, sizeof(q), CXLMB_STRICT), 0);
	reencodes(0x5601, CXLMB_REQ, q, sizeof(q));
	TYPED(cxlmb_host_dc_config_req, struct cxlmb_host_dc_config_req, q, sizeof(q));

	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->host_id, 2);
	assert_int_equal(r->regions_available, 3);
	assert_int_equal(r->num_regions, 1);
	assert_int_equal(r->extents_supported, 0x100);
	assert_int_equal(r->extents_available, 0xF0);
	assert_int_equal(r->tags_supported, 8);
	assert_int_equal(r->tags_available, 6);
	assert_int_equal(cxlmb_array_get(&cxlmb_host_dc_region_schema, &r->regions, 0,
					 CXLMB_STRICT, &reg), 0);
	assert_int_equal(reg.base, 0x40000000);
	assert_int_equal(reg.decode_length, 0x10);
	assert_int_equal(reg.length, 0x10000000);
	assert_int_equal(reg.block_size, 0x200000);
	assert_int_equal(reg.dsmas_flags, 0x0C);
	assert_int_equal(reg.sanitize_on_release, 1);
	reencodes(0x5601, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_host_dc_config_rsp, struct cxlmb_host_dc_config_rsp, a, sizeof(a));
	TYPED(cxlmb_host_dc_region, struct cxlmb_host_dc_region, a + 4, 0x28);

	/* Attributes1 bits 1:0 and 7 are reserved (Table 7-68): strictly an
	 * error at the region's byte 20h, kept leniently (a regression: the
	 * whole byte was once taken as flags) */
	a[0x24] = 0x0D;
	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(err.offset, 0x24);
	a[0x24] = 0x8C;
	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_LENIENT), 0);
	a[0x24] = 0x7C; /* every flag bit */
	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(cxlmb_array_get(&cxlmb_host_dc_region_schema, &r->regions, 0,
					 CXLMB_STRICT, &reg), 0);
	assert_int_equal(reg.dsmas_flags, 0x7C);
	reencodes(0x5601, CXLMB_RSP, a, sizeof(a));
	reg.dsmas_flags = 0x80; /* never written */
	assert_int_equal(cxlmb_host_dc_region_encode(&reg, out, sizeof(out), NULL),
			 CXLMB_E_VALUE_RANGE);
	a[0x24] = 0x0C;

	/* without the request nothing bounds the answer */
	assert_int_equal(rsp(0x5601, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	/* more regions than the Region Count asked */
	q[2] = 0;
	rule_error(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	q[2] = 1;
	assert_int_equal(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	/* the configuration of another host than the one asked */
	q[0] = 3;
	rule_error(rsp(0x5601, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	q[0] = 2;
	/* a malformed request is an error, even leniently: 3 bytes, or 5 */
	assert_int_equal(rsp(0x5601, q, 3, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
	uint8_t q5[5] = { 2, 0, 2, 0, 0 };
	assert_int_equal(rsp(0x5601, q5, 5, a, sizeof(a), CXLMB_LENIENT), CXLMB_E_OVERSIZE);
	assert_int_equal(rsp(0x5601, q5, 4, a, sizeof(a), CXLMB_LENIENT), 0);
}

/* 5603h Get DC Region Extent Lists: request Table 7-70, answer Table 7-71
 * with one extent (r3.2 Table 8-230 layout: DPA, length, tag, sequence). */
static void test_dc_region_extent_lists(void **state)
{
	(void)state;
	uint8_t q[0x0C] = { 0 }, a[0x40] = { 0 };
	const struct cxlmb_dc_extent_lists_rsp *r = (const void *)val;
	struct cxlmb_dc_extent e;

	put(q, 0x00, 2, 1);  /* Host ID */
	put(q, 0x04, 4, 2);  /* Extent Count */
	put(q, 0x08, 4, 4);  /* Starting Extent Index */
	put(a, 0x00, 2, 1);  /* Host ID */
	put(a, 0x04, 4, 4);  /* Starting Extent Index */
	put(a, 0x08, 4, 1);  /* Returned Extent Count */
	put(a, 0x0C, 4, 5);  /* Total Extent Count */
	put(a, 0x10, 4, 7);  /* Extent List Generation Number */
	put(a, 0x18, 8, 0x40000000);  /* extent: Starting DPA */
	put(a, 0x20, 8, 0x10000000);  /* Length */
	for (unsigned i = 0; i < 16; i++)
		a[0x28 + i] = (uint8_t)(0xA0 + i); /* Tag */
	put(a, 0x38, 2, 3);           /* Shared Extent Sequence */

	assert_int_equal(req(0x5603, q, sizeof(q), CXLMB_STRICT), 0);
	reencodes(0x5603, CXLMB_REQ, q, sizeof(q));
	TYPED(cxlmb_dc_extent_lists_req, struct cxlmb_dc_extent_lists_req, q, sizeof(q));
	/* the reserved 02h-03h of the request */
	q[2] = 1;
	assert_int_equal(req(0x5603, q, sizeof(q), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_non_null(err.field);
	assert_int_equal(err.offset, 2);
	/* ... refused in the request an answer is checked against, too */
	assert_int_equal(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT),
			 CXLMB_E_RESERVED_SET);
	q[2] = 0;

	assert_int_equal(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->host_id, 1);
	assert_int_equal(r->start_index, 4);
	assert_int_equal(r->count, 1);
	assert_int_equal(r->total, 5);
	assert_int_equal(r->generation, 7);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_extent_schema, &r->extents, 0, CXLMB_STRICT,
					 &e), 0);
	assert_int_equal(e.start_dpa, 0x40000000);
	assert_int_equal(e.length, 0x10000000);
	assert_int_equal(e.tag[0], 0xA0);
	assert_int_equal(e.tag[15], 0xAF);
	assert_int_equal(e.shared_seq, 3);
	reencodes(0x5603, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_dc_extent_lists_rsp, struct cxlmb_dc_extent_lists_rsp, a, sizeof(a));

	/* Extent Count 0 asks for the counts only: one extent is too many */
	put(q, 0x04, 4, 0);
	rule_error(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	put(q, 0x04, 4, 1);
	assert_int_equal(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	/* another host, or another starting index, than asked */
	put(q, 0x00, 2, 2);
	rule_error(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	put(q, 0x00, 2, 1);
	put(q, 0x08, 4, 0);
	rule_error(rsp(0x5603, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	put(q, 0x08, 4, 4);
	assert_int_equal(rsp(0x5603, q, 8, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5600h, 5602h, 5604h-5608h: the layouts without a rule, typed both ways
 * (Tables 7-65, 7-69, 7-72 to 7-78). */
static void test_dcd_fixed_layouts(void **state)
{
	(void)state;
	uint8_t info[0x54] = { 0 }, setr[0x10] = { 0 }, add[0x48] = { 0 }, rel[0x20] = { 0 };
	uint8_t tag[0x10], lt_q[8] = { 0 }, lt_a[0x10 + 0x54] = { 0 };

	/* Table 7-65 Get DCD Info */
	put(info, 0x00, 1, 4);       /* Number of Hosts */
	put(info, 0x01, 1, 2);       /* Number of Supported DC Regions */
	put(info, 0x04, 2, 0x0007);  /* Capacity Selection Policies */
	put(info, 0x08, 2, 0x0003);  /* Capacity Removal Policies */
	put(info, 0x0A, 1, 0x03);    /* Sanitize on Release Configuration Support Mask */
	put(info, 0x0C, 8, 16);      /* Total Dynamic Capacity */
	put(info, 0x14, 8, 0x200000);
	put(info, 0x4C, 8, 0x40000000);
	assert_int_equal(rsp(0x5600, NULL, 0, info, sizeof(info), CXLMB_STRICT), 0);
	const struct cxlmb_dcd_info_rsp *di = (const void *)val;
	assert_int_equal(di->num_hosts, 4);
	assert_int_equal(di->num_regions, 2);
	assert_int_equal(di->add_policies, 7);
	assert_int_equal(di->removal_policies, 3);
	assert_int_equal(di->sanitize_mask, 3);
	assert_int_equal(di->total_capacity, 16);
	assert_int_equal(di->block_size_mask[0], 0x200000);
	assert_int_equal(di->block_size_mask[7], 0x40000000);
	TYPED(cxlmb_dcd_info_rsp, struct cxlmb_dcd_info_rsp, info, sizeof(info));
	/* Table 7-65: add bit 3 "must be 0", add 15:4 and removal 15:2 reserved,
	 * and each mask names at least one policy */
	static const struct { uint8_t off; uint16_t v; int rc; } bad[] = {
		{ 0x04, 0x000F, CXLMB_E_RESERVED_SET }, { 0x04, 0x0017, CXLMB_E_RESERVED_SET },
		{ 0x08, 0x0007, CXLMB_E_RESERVED_SET }, { 0x04, 0x0000, CXLMB_E_BAD_ENUM },
		{ 0x08, 0x0000, CXLMB_E_BAD_ENUM },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		uint8_t b[sizeof(info)];
		memcpy(b, info, sizeof(b));
		put(b, bad[i].off, 2, bad[i].v);
		assert_int_equal(rsp(0x5600, NULL, 0, b, sizeof(b), CXLMB_STRICT), bad[i].rc);
		assert_int_equal(rsp(0x5600, NULL, 0, b, sizeof(b), CXLMB_LENIENT), 0);
	}

	/* Table 7-69 Set DC Region Configuration */
	put(setr, 0x00, 1, 1);
	put(setr, 0x04, 8, 0x200000);
	put(setr, 0x0C, 1, 1);
	assert_int_equal(req(0x5602, setr, sizeof(setr), CXLMB_STRICT), 0);
	assert_int_equal(((const struct cxlmb_set_dc_region_req *)val)->block_size, 0x200000);
	assert_int_equal(((const struct cxlmb_set_dc_region_req *)val)->sanitize_on_release, 1);
	TYPED(cxlmb_set_dc_region_req, struct cxlmb_set_dc_region_req, setr, sizeof(setr));
	setr[0x0C] = 0x02; /* bits 7:1 reserved */
	assert_int_equal(req(0x5602, setr, sizeof(setr), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(err.offset, 0x0C);

	/* Table 7-72 Initiate Dynamic Capacity Add, prescriptive: one extent */
	put(add, 0x00, 2, 1);
	put(add, 0x02, 1, 2);       /* Selection Policy: Prescriptive */
	put(add, 0x1C, 4, 1);       /* Extent Count */
	put(add, 0x20, 8, 0x80000000);
	put(add, 0x28, 8, 0x10000000);
	assert_int_equal(req(0x5604, add, sizeof(add), CXLMB_STRICT), 0);
	assert_int_equal(((const struct cxlmb_dc_add_req *)val)->policy, 2);
	assert_int_equal(((const struct cxlmb_dc_add_req *)val)->extents.count, 1);
	TYPED(cxlmb_dc_add_req, struct cxlmb_dc_add_req, add, sizeof(add));
	add[0x02] = 4; /* 4h-Fh reserved */
	assert_int_equal(req(0x5604, add, sizeof(add), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(err.offset, 2);

	/* Table 7-73 Initiate Dynamic Capacity Release: tag-based, forced, sanitize */
	put(rel, 0x00, 2, 1);
	put(rel, 0x02, 1, 0x30);
	put(rel, 0x04, 8, 0x10000000);
	memset(rel + 0x0C, 0x5A, 16);
	assert_int_equal(req(0x5605, rel, sizeof(rel), CXLMB_STRICT), 0);
	const struct cxlmb_dc_release_req *dr = (const void *)val;
	assert_int_equal(dr->removal_policy, 0);
	assert_int_equal(dr->forced, 1);
	assert_int_equal(dr->sanitize, 1);
	assert_int_equal(dr->tag[15], 0x5A);
	TYPED(cxlmb_dc_release_req, struct cxlmb_dc_release_req, rel, sizeof(rel));
	rel[0x02] = 0x40; /* bits 7:6 reserved */
	assert_int_equal(req(0x5605, rel, sizeof(rel), CXLMB_STRICT), CXLMB_E_RESERVED_SET);

	/* Tables 7-74/7-75 Add / Remove Reference: a tag */
	for (unsigned i = 0; i < 16; i++)
		tag[i] = (uint8_t)i;
	assert_int_equal(req(0x5606, tag, sizeof(tag), CXLMB_STRICT), 0);
	assert_memory_equal(((const struct cxlmb_dc_tag_req *)val)->tag, tag, 16);
	TYPED(cxlmb_dc_tag_req, struct cxlmb_dc_tag_req, tag, sizeof(tag));
	assert_int_equal(req(0x5607, tag, 15, CXLMB_STRICT), CXLMB_E_TRUNCATED);

	/* Tables 7-76 to 7-78 List Tags: one tag information entry */
	put(lt_q, 0x00, 4, 0);
	put(lt_q, 0x04, 4, 4);
	TYPED(cxlmb_dc_list_tags_req, struct cxlmb_dc_list_tags_req, lt_q, sizeof(lt_q));
	put(lt_a, 0x00, 4, 9);  /* Generation */
	put(lt_a, 0x04, 4, 1);  /* Total */
	put(lt_a, 0x08, 4, 1);  /* Returned */
	put(lt_a, 0x0C, 1, 1);  /* Validity */
	memcpy(lt_a + 0x10, tag, 16);
	put(lt_a, 0x20, 1, 0x01);          /* flags */
	put(lt_a, 0x24, 1, 0x05);          /* reference bitmap: hosts 0, 2 */
	put(lt_a, 0x44, 1, 0x02);          /* pending: host 1 */
	assert_int_equal(rsp(0x5608, lt_q, sizeof(lt_q), lt_a, sizeof(lt_a), CXLMB_STRICT), 0);
	const struct cxlmb_dc_list_tags_rsp *lt = (const void *)val;
	struct cxlmb_dc_tag_info ti;
	assert_int_equal(lt->generation, 9);
	assert_int_equal(lt->count, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_dc_tag_info_schema, &lt->tags, 0, CXLMB_STRICT,
					 &ti), 0);
	assert_int_equal(ti.flags, 1);
	assert_int_equal(ti.ref_bitmap[0], 5);
	assert_int_equal(ti.pending_ref_bitmap[0], 2);
	reencodes(0x5608, CXLMB_RSP, lt_a, sizeof(lt_a));
	TYPED(cxlmb_dc_list_tags_rsp, struct cxlmb_dc_list_tags_rsp, lt_a, sizeof(lt_a));
	/* a count the bytes do not hold */
	put(lt_a, 0x08, 4, 2);
	assert_int_equal(rsp(0x5608, NULL, 0, lt_a, sizeof(lt_a), CXLMB_STRICT), CXLMB_E_COUNT_MISMATCH);
}

/* ---- MLD Port, MLD Components, Multi-Headed Devices (§7.6.7.3-5) ---- */

/* 5302h Send LD CXL.io Memory Request (the CXL 2.0 layout, see
 * docs/codec-notes.md): a read returns at most the length asked, a write
 * returns no data; Return Size counts the data that follow. */
static void test_ld_mem_request(void **state)
{
	(void)state;
	uint8_t q[0x14] = { 0 }, a[4 + 12] = { 0 };
	const struct cxlmb_ld_mem_rsp *r = (const void *)val;
	const struct cxlmb_ld_mem_req *rq = (const void *)val;

	put(q, 0x00, 1, 1);        /* Port ID */
	put(q, 0x01, 3, 0x0FF000); /* first DW BE 15:12, last DW BE 19:16, read */
	put(q, 0x04, 2, 2);        /* LD ID */
	put(q, 0x06, 2, 8);        /* Transaction Length */
	put(q, 0x08, 8, 0x1000);   /* Transaction Address */
	assert_int_equal(req(0x5302, q, 0x10, CXLMB_STRICT), 0);
	assert_int_equal(rq->port_id, 1);
	assert_int_equal(rq->first_dw_be, 0xF);
	assert_int_equal(rq->last_dw_be, 0xF);
	assert_int_equal(rq->write, 0);
	assert_int_equal(rq->ld_id, 2);
	assert_int_equal(rq->length, 8);
	assert_int_equal(rq->address, 0x1000);
	assert_int_equal(rq->data.len, 0);
	reencodes(0x5302, CXLMB_REQ, q, 0x10);
	TYPED(cxlmb_ld_mem_req, struct cxlmb_ld_mem_req, q, 0x10);

	put(a, 0x00, 2, 8); /* Return Size */
	memset(a + 4, 0xC3, 8);
	assert_int_equal(rsp(0x5302, q, 0x10, a, 12, CXLMB_STRICT), 0);
	assert_int_equal(r->return_size, 8);
	assert_int_equal(r->data.len, 8);
	assert_int_equal(r->data.data[7], 0xC3);
	reencodes(0x5302, CXLMB_RSP, a, 12);
	TYPED(cxlmb_ld_mem_rsp, struct cxlmb_ld_mem_rsp, a, 12);
	/* Return Size must count the bytes that follow */
	put(a, 0x00, 2, 9);
	rule_error(rsp(0x5302, NULL, 0, a, 12, CXLMB_STRICT), CXLMB_E_COUNT_MISMATCH);
	put(a, 0x00, 2, 7);
	rule_error(rsp(0x5302, NULL, 0, a, 12, CXLMB_STRICT), CXLMB_E_COUNT_MISMATCH);
	/* twelve bytes for a read of eight */
	put(a, 0x00, 2, 12);
	assert_int_equal(rsp(0x5302, NULL, 0, a, 16, CXLMB_STRICT), 0);
	rule_error(rsp(0x5302, q, 0x10, a, 16, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	/* a write (bit 23) of four bytes: the answer carries none */
	put(q, 0x01, 3, 0x8FF000);
	put(q, 0x06, 2, 4);
	put(q, 0x10, 4, 0xDEADBEEF);
	assert_int_equal(req(0x5302, q, 0x14, CXLMB_STRICT), 0);
	assert_int_equal(rq->write, 1);
	assert_int_equal(rq->data.len, 4);
	reencodes(0x5302, CXLMB_REQ, q, 0x14);
	put(a, 0x00, 2, 0);
	assert_int_equal(rsp(0x5302, q, 0x14, a, 4, CXLMB_STRICT), 0);
	put(a, 0x00, 2, 4);
	rule_error(rsp(0x5302, q, 0x14, a, 8, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	/* the request is checked: its reserved descriptor bits 22:16... */
	put(q, 0x01, 3, 0xCFF000);
	assert_int_equal(rsp(0x5302, q, 0x14, a, 4, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	/* ... and its length */
	assert_int_equal(rsp(0x5302, q, 0x0F, a, 4, CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5500h Get Multi-Headed Info (Tables 7-60, 7-61): LD Map Length is at most
 * the LD Map List Limit, from the Start LD ID asked. */
static void test_mhd_info(void **state)
{
	(void)state;
	uint8_t q[2] = { 1, 2 }, a[10] = { 0 };
	const struct cxlmb_mhd_info_rsp *r = (const void *)val;
	struct cxlmb_id8 head;

	put(a, 0x00, 1, 4);    /* Number of LDs */
	put(a, 0x01, 1, 2);    /* Number of Heads */
	put(a, 0x04, 1, 1);    /* Start LD ID */
	put(a, 0x05, 1, 2);    /* LD Map Length */
	put(a, 0x08, 1, 0);    /* LD 1 on head 0 */
	put(a, 0x09, 1, 0xFF); /* LD 2 on no head */
	TYPED(cxlmb_ld_range_req, struct cxlmb_ld_range_req, q, sizeof(q));
	assert_int_equal(rsp(0x5500, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->num_lds, 4);
	assert_int_equal(r->num_heads, 2);
	assert_int_equal(r->start_ld, 1);
	assert_int_equal(r->map_count, 2);
	assert_int_equal(cxlmb_array_get(&cxlmb_id8_schema, &r->ld_map, 1, CXLMB_STRICT, &head), 0);
	assert_int_equal(head.id, 0xFF);
	reencodes(0x5500, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_mhd_info_rsp, struct cxlmb_mhd_info_rsp, a, sizeof(a));
	q[1] = 1;
	rule_error(rsp(0x5500, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	q[1] = 2;
	q[0] = 0;
	rule_error(rsp(0x5500, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	assert_int_equal(rsp(0x5500, q, 1, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5501h Get Head Info (Tables 7-62 to 7-64): no more blocks than asked. */
static void test_head_info(void **state)
{
	(void)state;
	uint8_t q[2] = { 0, 1 }, a[4 + 9] = { 0 };
	const struct cxlmb_head_info_rsp *r = (const void *)val;
	struct cxlmb_head_info h;

	put(a, 0x00, 1, 1);    /* Number of Heads */
	put(a, 0x04, 1, 3);    /* Port Number */
	put(a, 0x05, 1, 16);   /* Maximum Link Width */
	put(a, 0x06, 1, 8);    /* Negotiated Link Width */
	put(a, 0x07, 1, 0x1F); /* Supported Link Speeds Vector */
	put(a, 0x08, 1, 5);    /* Max Link Speed */
	put(a, 0x09, 1, 4);    /* Current Link Speed */
	put(a, 0x0A, 1, 4);    /* LTSSM State: L0 */
	put(a, 0x0B, 1, 0);    /* First Negotiated Lane Number */
	put(a, 0x0C, 1, 1);    /* Link State Flags: lane reversal */
	TYPED(cxlmb_head_info_req, struct cxlmb_head_info_req, q, sizeof(q));
	assert_int_equal(rsp(0x5501, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->num_heads, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_head_info_schema, &r->heads, 0, CXLMB_STRICT, &h),
			 0);
	assert_int_equal(h.port_number, 3);
	assert_int_equal(h.max_link_width, 16);
	assert_int_equal(h.negotiated_link_width, 8);
	assert_int_equal(h.supported_link_speeds, 0x1F);
	assert_int_equal(h.current_link_speed, 4);
	assert_int_equal(h.ltssm_state, 4);
	assert_int_equal(h.link_state_flags, 1);
	reencodes(0x5501, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_head_info_rsp, struct cxlmb_head_info_rsp, a, sizeof(a));
	q[1] = 0;
	rule_error(rsp(0x5501, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	assert_int_equal(rsp(0x5501, q, 1, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* A CCI message (r3.2 Table 7-14) of opcode op around payload p. */
static size_t msg(uint8_t cat, uint8_t tag, uint16_t op, const uint8_t *p, size_t n, uint8_t *buf,
		  size_t cap)
{
	struct cxlmb_cci_msg m = { .category = cat, .tag = tag, .command = (uint8_t)op,
				   .command_set = (uint8_t)(op >> 8),
				   .payload = { p, (uint32_t)n } };
	size_t len = 0;
	assert_int_equal(cxlmb_cci_msg_encode(&m, buf, cap, &len), 0);
	return len;
}

/* 5300h answers through two tunnels, decoded with the two-level request:
 * the request is walked in step, so the innermost answer (Get LD
 * Allocations, 5401h) is bounded by the innermost request. */
static void test_tunnel_two_levels_with_request(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[2] = { { 1, 0 }, { 2, 0 } };
	const uint8_t range[2] = { 1, 1 }; /* from LD 1, at most 1 */
	uint8_t q[128], alloc[4 + 16] = { 0 }, m2[64], p1[96] = { 0 }, m1[128], a[160] = { 0 };
	struct cxlmb_tunnel_hop hop;
	struct cxlmb_cci_msg l1, l2;
	size_t qn, n2, np1, n1, an;

	assert_int_equal(cxlmb_tunnel_wrap(path, 2, 7, 0x5401, range, sizeof(range), q, sizeof(q),
					   &qn), 0);
	assert_int_equal(req(0x5300, q, qn, CXLMB_STRICT), 0);
	TYPED(cxlmb_tunnel_req, struct cxlmb_tunnel_req, q, qn);
	/* the levels' tags, as the device reads them */
	assert_int_equal(cxlmb_tunnel_unwrap_req(q, qn, CXLMB_STRICT, &hop, &l1), 0);
	assert_int_equal(cxlmb_cci_msg_opcode(&l1), 0x5300);
	assert_int_equal(cxlmb_tunnel_unwrap_req(l1.payload.data, l1.payload.len, CXLMB_STRICT,
						 &hop, &l2), 0);
	assert_int_equal(cxlmb_cci_msg_opcode(&l2), 0x5401);
	assert_int_equal(hop.target_id, 2);

	put(alloc, 0x00, 1, 4); /* Number of LDs */
	put(alloc, 0x02, 1, 1); /* Start LD ID */
	put(alloc, 0x03, 1, 1); /* LD Allocation List Length */
	put(alloc, 0x04, 8, 2); /* Range 1 Allocation Multiplier */
	n2 = msg(CXLMB_CCI_RESPONSE, l2.tag, 0x5401, alloc, sizeof(alloc), m2, sizeof(m2));
	put(p1, 0, 2, n2);
	memcpy(p1 + 4, m2, n2);
	np1 = 4 + n2;
	n1 = msg(CXLMB_CCI_RESPONSE, l1.tag, 0x5300, p1, np1, m1, sizeof(m1));
	put(a, 0, 2, n1);
	put(a, 2, 2, 0);
	memcpy(a + 4, m1, n1);
	an = 4 + n1;
	assert_int_equal(rsp(0x5300, q, qn, a, an, CXLMB_STRICT), 0);
	const struct cxlmb_tunnel_rsp *r = (const void *)val;
	assert_int_equal(r->response_length, n1);
	assert_int_equal(r->req.len, qn);
	TYPED(cxlmb_tunnel_rsp, struct cxlmb_tunnel_rsp, a, an);

	/* two allocations for a request of one: found two levels down */
	uint8_t alloc2[4 + 32] = { 0 };
	memcpy(alloc2, alloc, sizeof(alloc));
	put(alloc2, 0x03, 1, 2);
	n2 = msg(CXLMB_CCI_RESPONSE, l2.tag, 0x5401, alloc2, sizeof(alloc2), m2, sizeof(m2));
	put(p1, 0, 2, n2);
	memcpy(p1 + 4, m2, n2);
	n1 = msg(CXLMB_CCI_RESPONSE, l1.tag, 0x5300, p1, 4 + n2, m1, sizeof(m1));
	put(a, 0, 2, n1);
	memcpy(a + 4, m1, n1);
	an = 4 + n1;
	assert_int_equal(rsp(0x5300, NULL, 0, a, an, CXLMB_STRICT), 0);
	assert_int_equal(rsp(0x5300, q, qn, a, an, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	/* a request whose own command size disagrees with its message */
	q[2]++;
	assert_int_equal(rsp(0x5300, q, qn, a, an, CXLMB_STRICT), CXLMB_E_BAD_LENGTH);
	q[2]--;
	/* ... or whose message is an answer, not a request */
	q[4] = CXLMB_CCI_RESPONSE;
	assert_int_equal(rsp(0x5300, q, qn, a, an, CXLMB_STRICT), CXLMB_E_BAD_CATEGORY);
	q[4] = CXLMB_CCI_REQUEST;

	/* an answer of another tag than the request's, two levels down */
	n2 = msg(CXLMB_CCI_RESPONSE, (uint8_t)(l2.tag + 1), 0x5401, alloc, sizeof(alloc), m2,
		 sizeof(m2));
	put(p1, 0, 2, n2);
	memcpy(p1 + 4, m2, n2);
	n1 = msg(CXLMB_CCI_RESPONSE, l1.tag, 0x5300, p1, 4 + n2, m1, sizeof(m1));
	put(a, 0, 2, n1);
	memcpy(a + 4, m1, n1);
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_STRICT), 0);
	assert_int_equal(rsp(0x5300, q, qn, a, 4 + n1, CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	/* the level-1 answer's Response Length disagrees with its message */
	put(p1, 0, 2, n2 + 1);
	n1 = msg(CXLMB_CCI_RESPONSE, l1.tag, 0x5300, p1, 4 + n2, m1, sizeof(m1));
	put(a, 0, 2, n1);
	memcpy(a + 4, m1, n1);
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_STRICT), CXLMB_E_BAD_LENGTH);
	assert_int_equal(rsp(0x5300, q, qn, a, 4 + n1, CXLMB_STRICT), CXLMB_E_BAD_LENGTH);
	/* the transport's own unwrapping stops at the top level */
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_STRICT | CXLMB_SHALLOW), 0);
}

/* 5701h Fabric Crawl Out (Table 7-113): the target's reserved bits depend
 * on its type; the transport asks for no inner decode (SHALLOW). */
static void test_crawl_out_target(void **state)
{
	(void)state;
	uint8_t q[6 + 12], junk[6 + 4] = { 0 };
	size_t n = msg(CXLMB_CCI_REQUEST, 3, 0x0001, NULL, 0, q + 6, sizeof(q) - 6);
	const struct cxlmb_crawl_out_req *r = (const void *)val;

	put(q, 0x00, 2, 0x0005); /* port number 5 */
	put(q, 0x02, 1, 0);      /* type 0: port number */
	put(q, 0x03, 1, 0);
	put(q, 0x04, 2, n);
	assert_int_equal(req(0x5701, q, 6 + n, CXLMB_STRICT), 0);
	assert_int_equal(r->target, 5);
	assert_int_equal(r->command_size, 12);
	reencodes(0x5701, CXLMB_REQ, q, 6 + n);
	TYPED(cxlmb_crawl_out_req, struct cxlmb_crawl_out_req, q, 6 + n);
	/* a port number is 7:0 */
	put(q, 0x00, 2, 0x0105);
	rule_error(req(0x5701, q, 6 + n, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(req(0x5701, q, 6 + n, CXLMB_EXACT), 0);
	/* a PID is 11:0 */
	put(q, 0x02, 1, 1);
	put(q, 0x00, 2, 0x0FFF);
	assert_int_equal(req(0x5701, q, 6 + n, CXLMB_STRICT), 0);
	put(q, 0x00, 2, 0x1FFF);
	rule_error(req(0x5701, q, 6 + n, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	/* four bytes that are no CCI message: refused unless SHALLOW */
	put(junk, 0x04, 2, 4);
	assert_int_equal(req(0x5701, junk, sizeof(junk), CXLMB_STRICT), CXLMB_E_TRUNCATED);
	struct cxlmb_crawl_out_req co;
	assert_int_equal(cxlmb_crawl_out_req_decode(junk, sizeof(junk),
						    CXLMB_STRICT | CXLMB_SHALLOW, &co), 0);
	assert_int_equal(co.message.len, 4);
	/* the size still has to agree */
	put(junk, 0x04, 2, 3);
	assert_int_equal(cxlmb_crawl_out_req_decode(junk, sizeof(junk),
						    CXLMB_STRICT | CXLMB_SHALLOW, &co),
			 CXLMB_E_BAD_LENGTH);
}

/* A 5701h answer (laid out as 5300h's, Table 7-114) carried through a
 * 5300h answer: walked down to the Get LD Info answer (5400h, Table 7-47)
 * it carries. */
static void test_crawl_out_answer_in_tunnel(void **state)
{
	(void)state;
	uint8_t ld[0x0B] = { 0 }, m2[64], c[80] = { 0 }, m1[96], a[112] = { 0 };
	size_t n2, n1;

	put(ld, 0x00, 8, 0x40000000); /* Memory Size */
	put(ld, 0x08, 2, 4);          /* LD Count */
	put(ld, 0x0A, 1, 0x03);       /* QoS Telemetry Capability */
	n2 = msg(CXLMB_CCI_RESPONSE, 1, 0x5400, ld, sizeof(ld), m2, sizeof(m2));
	put(c, 0, 2, n2);
	memcpy(c + 4, m2, n2);
	/* the 5701h answer alone, decoded as far as its message */
	assert_int_equal(rsp(0x5701, NULL, 0, c, 4 + n2, CXLMB_STRICT), 0);
	const struct cxlmb_tunnel_rsp *r = (const void *)val;
	assert_int_equal(r->response_length, n2);
	assert_int_equal(r->message.len, n2);
	reencodes(0x5701, CXLMB_RSP, c, 4 + n2);
	/* the Get LD Info answer has a reserved bit set: found through both */
	m2[12 + 0x0A] = 0x07;
	assert_int_equal(rsp(0x5701, NULL, 0, c, 4 + n2, CXLMB_STRICT), 0);
	memcpy(c + 4, m2, n2);
	assert_int_equal(rsp(0x5701, NULL, 0, c, 4 + n2, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	/* ... and not looked at when the transport asks for no inner decode */
	assert_int_equal(rsp(0x5701, NULL, 0, c, 4 + n2, CXLMB_STRICT | CXLMB_SHALLOW), 0);
	/* a Response Length that disagrees, even so */
	put(c, 0, 2, n2 - 1);
	assert_int_equal(rsp(0x5701, NULL, 0, c, 4 + n2, CXLMB_STRICT | CXLMB_SHALLOW),
			 CXLMB_E_BAD_LENGTH);
	put(c, 0, 2, n2);
	m2[12 + 0x0A] = 0x03;
	memcpy(c + 4, m2, n2);

	n1 = msg(CXLMB_CCI_RESPONSE, 2, 0x5701, c, 4 + n2, m1, sizeof(m1));
	put(a, 0, 2, n1);
	memcpy(a + 4, m1, n1);
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_STRICT), 0);
	/* the inner answer is walked: its reserved bit is found two levels down */
	a[4 + 12 + 4 + 12 + 0x0A] = 0x07;
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(rsp(0x5300, NULL, 0, a, 4 + n1, CXLMB_EXACT), 0);
}

/* A visitor that counts what it is shown. */
struct seen {
	unsigned arrays, elems, ends, uints;
	uint64_t last;
};
static void seen_array(void *ctx, const char *name, uint32_t n)
{
	(void)name;
	(void)n;
	((struct seen *)ctx)->arrays++;
}
static void seen_elem(void *ctx, uint32_t i)
{
	(void)i;
	((struct seen *)ctx)->elems++;
}
static void seen_end(void *ctx)
{
	((struct seen *)ctx)->ends++;
}
static void seen_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	(void)name;
	(void)ff;
	((struct seen *)ctx)->uints++;
	((struct seen *)ctx)->last = v;
}

/* 5200h Get Virtual CXL Switch Info (Tables 7-30 to 7-34): the blocks'
 * VCS states, and the visitor's walk with and without each callback. */
static void test_vcs_info_states_and_visit(void **state)
{
	(void)state;
	uint8_t q[4] = { 0, 4, 1, 0 }, a[4 + 8 + 8] = { 0 };
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5200);

	put(a, 0x00, 1, 2);          /* Number of VCSs */
	put(a, 0x04, 4, 0x01000100); /* VCS 0: enabled, USP 0, 1 vPPB */
	put(a, 0x08, 4, 0x00000302); /* bound to port 3 */
	put(a, 0x0C, 4, 0x01000101); /* VCS 1: enabled, USP 0, 1 vPPB */
	put(a, 0x10, 4, 0x00000000); /* unbound */
	assert_int_equal(rsp(0x5200, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	reencodes(0x5200, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_get_vcs_info_rsp, struct cxlmb_get_vcs_info_rsp, a, sizeof(a));
	/* one VCS asked, two answered: strictly refused, leniently the blocks
	 * are still walked */
	rule_error(rsp(0x5200, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(rsp(0x5200, q, sizeof(q), a, sizeof(a), CXLMB_EXACT), 0);
	/* both asked (Table 7-30: VCS IDs 0 and 1), list limit 1: each block
	 * holds min(limit, vPPBs) = 1 entry */
	const uint8_t q2[5] = { 0, 1, 2, 0, 1 };
	assert_int_equal(rsp(0x5200, q2, sizeof(q2), a, sizeof(a), CXLMB_STRICT), 0);
	const struct cxlmb_get_vcs_info_rsp *vr = (const void *)val;
	assert_int_equal(vr->req_known, 1);
	assert_int_equal(vr->req_num_vcs, 2);
	assert_int_equal(cxlmb_vcs_info_entries(vr, 3), 1);
	assert_int_equal(cxlmb_vcs_info_entries(vr, 0), 0);

	/* each callback left out in turn: the walk is the same */
	struct seen all = { 0 }, bare = { 0 };
	struct cxlmb_visitor v = { .ctx = &all, .uint = seen_uint, .array_begin = seen_array,
				   .elem_begin = seen_elem, .elem_end = seen_end,
				   .array_end = seen_end };
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_RSP, val, CXLMB_STRICT, &v), 0);
	assert_int_equal(all.arrays, 3);  /* "vcs", then "vppbs" per VCS */
	assert_int_equal(all.elems, 4);   /* two VCSs, a vPPB each */
	assert_int_equal(all.ends, 7);
	assert_int_equal(all.uints, 1 + 2 * 4 + 2 * 3); /* num_vcs, per VCS, per vPPB */
	struct cxlmb_visitor none = { .ctx = &bare };
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_RSP, val, CXLMB_STRICT, &none), 0);
	assert_int_equal(bare.arrays + bare.elems + bare.ends + bare.uints, 0);
	/* the request side has no blocks */
	struct seen rq = { 0 };
	v.ctx = &rq;
	assert_int_equal(req(0x5200, q, sizeof(q), CXLMB_STRICT), 0);
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_REQ, val, CXLMB_STRICT, &v), 0);
	assert_int_equal(rq.arrays, 1); /* the VCS ID list, and no "vcs" blocks */
	assert_int_equal(rq.uints, 4);  /* start, limit, count, the one VCS ID */

	/* VCS state: 0 disabled, 1 enabled, FFh invalid VCS ID; others strictly refused */
	a[0x05] = 0xFF;
	assert_int_equal(rsp(0x5200, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	a[0x05] = 2;
	rule_error(rsp(0x5200, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(rsp(0x5200, NULL, 0, a, sizeof(a), CXLMB_EXACT), 0);
	a[0x05] = 1;
	/* binding status 5 is not defined */
	a[0x08] = 5;
	rule_error(rsp(0x5200, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
}

/* 5200h: the walk of the blocks refuses what it is not given. */
static void test_vcs_info_next_arguments(void **state)
{
	(void)state;
	struct cxlmb_get_vcs_info_rsp r = { 0 };
	struct cxlmb_vcs_info vi;
	uint32_t pos = 0;
	const uint8_t blk[8] = { 0, 1, 0, 1, 2, 3, 0, 0 };

	assert_int_equal(cxlmb_vcs_info_next(NULL, &pos, 0, &vi), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_vcs_info_next(&r, NULL, 0, &vi), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_vcs_info_next(&r, &pos, 0, NULL), CXLMB_E_INVALID_ARG);
	r.blocks.len = 1; /* bytes announced, none given */
	assert_int_equal(cxlmb_vcs_info_next(&r, &pos, 0, &vi), CXLMB_E_INVALID_ARG);
	r.blocks.len = 0; /* nothing to walk */
	assert_int_equal(cxlmb_vcs_info_next(&r, &pos, 0, &vi), CXLMB_E_NOT_FOUND);
	/* one block of one vPPB bound to port 3 (Table 7-34) */
	r.blocks = (struct cxlmb_bytes){ blk, sizeof(blk) };
	assert_int_equal(cxlmb_vcs_info_next(&r, &pos, CXLMB_STRICT, &vi), 0);
	assert_int_equal(pos, 8);
	assert_int_equal(vi.state, 1);
	assert_int_equal(vi.vppbs.count, 1);
	assert_int_equal(cxlmb_vcs_info_next(&r, &pos, CXLMB_STRICT, &vi), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_vcs_info_entries(NULL, 5), 5);
}

/* ---- GFD Component Management requests (r3.2 §8.2.10.9.10), whose typed
 * codecs live with the FM API layouts: each decoded through the typed API
 * and the catalog alike, its fields checked, re-encoded byte for byte, and
 * one strict refusal each.  The answers they bound are tested with the GFD
 * layouts (test_codec_gfd.c and the memdev coverage tests). ---- */

/* Decode through the typed API: same answer as the catalog's. */
#define TYPED_RC(nm, T, op, b, n, flags, want)                                             \
	do {                                                                               \
		T v_;                                                                      \
		assert_int_equal(nm##_decode(b, n, flags, &v_), want);                     \
		assert_int_equal(req(op, b, n, flags), want);                              \
	} while (0)

static void test_gfd_requests(void **state)
{
	(void)state;
	/* Table 8-188 Get GFD DC Region Configuration: 00h-01h reserved */
	uint8_t dcq[4] = { 0, 0, 2, 1 };
	struct cxlmb_gfd_dc_config_req dc;
	assert_int_equal(cxlmb_gfd_dc_config_req_decode(dcq, 4, CXLMB_STRICT, &dc), 0);
	assert_int_equal(dc.region_count, 2);
	assert_int_equal(dc.start_region, 1);
	TYPED(cxlmb_gfd_dc_config_req, struct cxlmb_gfd_dc_config_req, dcq, 4);
	dcq[1] = 1;
	TYPED_RC(cxlmb_gfd_dc_config_req, struct cxlmb_gfd_dc_config_req, 0x4902, dcq, 4,
		 CXLMB_STRICT, CXLMB_E_RESERVED_SET);

	/* Table 8-194 Get GFD DMP Configuration: a DMP count of at least 1 */
	uint8_t dmq[4] = { 0, 0, 2, 0 };
	struct cxlmb_gfd_dmp_config_req dm;
	assert_int_equal(cxlmb_gfd_dmp_config_req_decode(dmq, 4, CXLMB_STRICT, &dm), 0);
	assert_int_equal(dm.dmp_count, 2);
	TYPED(cxlmb_gfd_dmp_config_req, struct cxlmb_gfd_dmp_config_req, dmq, 4);
	dmq[2] = 0;
	TYPED_RC(cxlmb_gfd_dmp_config_req, struct cxlmb_gfd_dmp_config_req, 0x4905, dmq, 4,
		 CXLMB_STRICT, CXLMB_E_BAD_ENUM);
	TYPED_RC(cxlmb_gfd_dmp_config_req, struct cxlmb_gfd_dmp_config_req, 0x4905, dmq, 4,
		 CXLMB_EXACT, 0);

	/* Table 8-198 GFD Dynamic Capacity Add, prescriptive, one extent */
	uint8_t add[0x24 + 0x28] = { 0 };
	struct cxlmb_gfd_dc_add_req ad;
	put(add, 0x00, 2, 3);          /* Memory Group ID */
	put(add, 0x02, 1, 2);          /* Selection Policy: prescriptive */
	put(add, 0x1C, 4, 1);          /* Extent Count */
	put(add, 0x20, 4, 4);          /* Maximum Response Extents */
	put(add, 0x24, 8, 0x40000000); /* the extent's DPA */
	put(add, 0x2C, 8, 0x10000000); /* its length */
	assert_int_equal(cxlmb_gfd_dc_add_req_decode(add, sizeof(add), CXLMB_STRICT, &ad), 0);
	assert_int_equal(ad.grp_id, 3);
	assert_int_equal(ad.policy, 2);
	assert_int_equal(ad.max_rsp_extents, 4);
	assert_int_equal(ad.extents.count, 1);
	TYPED(cxlmb_gfd_dc_add_req, struct cxlmb_gfd_dc_add_req, add, sizeof(add));
	add[0x02] = 0x12; /* bits 7:4 reserved */
	TYPED_RC(cxlmb_gfd_dc_add_req, struct cxlmb_gfd_dc_add_req, 0x4907, add, sizeof(add),
		 CXLMB_STRICT, CXLMB_E_RESERVED_SET);

	/* Table 8-200 GFD Dynamic Capacity Release, tag-based, sanitized */
	uint8_t rel[0x24] = { 0 };
	struct cxlmb_gfd_dc_release_req rl;
	put(rel, 0x00, 2, 3);
	put(rel, 0x02, 1, 0x20);        /* tag-based, Sanitize on Release */
	put(rel, 0x04, 8, 0x10000000);  /* Length */
	memset(rel + 0x0C, 0x77, 16);   /* Tag */
	assert_int_equal(cxlmb_gfd_dc_release_req_decode(rel, sizeof(rel), CXLMB_STRICT, &rl), 0);
	assert_int_equal(rl.removal_policy, 0);
	assert_int_equal(rl.sanitize_on_release, 1);
	assert_int_equal(rl.length, 0x10000000);
	assert_int_equal(rl.tag[0], 0x77);
	TYPED(cxlmb_gfd_dc_release_req, struct cxlmb_gfd_dc_release_req, rel, sizeof(rel));
	rel[0x02] = 0x02; /* removal policy 2h is reserved */
	TYPED_RC(cxlmb_gfd_dc_release_req, struct cxlmb_gfd_dc_release_req, 0x4908, rel,
		 sizeof(rel), CXLMB_STRICT, CXLMB_E_BAD_ENUM);

	/* Table 8-204 GFD Dynamic Capacity List Tags */
	uint8_t ltq[8] = { 0 };
	struct cxlmb_gfd_list_tags_req lt;
	put(ltq, 0x00, 4, 2);
	put(ltq, 0x04, 4, 16);
	assert_int_equal(cxlmb_gfd_list_tags_req_decode(ltq, 8, CXLMB_STRICT, &lt), 0);
	assert_int_equal(lt.start_index, 2);
	assert_int_equal(lt.max_tags, 16);
	TYPED(cxlmb_gfd_list_tags_req, struct cxlmb_gfd_list_tags_req, ltq, 8);
	TYPED_RC(cxlmb_gfd_list_tags_req, struct cxlmb_gfd_list_tags_req, 0x490B, ltq, 7,
		 CXLMB_STRICT, CXLMB_E_TRUNCATED);

	/* Table 8-207 Get GFD SAT Entry: a count of at least 1 */
	uint8_t saq[6] = { 0 };
	struct cxlmb_gfd_get_sat_req sa;
	put(saq, 0x02, 2, 4);
	put(saq, 0x04, 2, 0x10);
	assert_int_equal(cxlmb_gfd_get_sat_req_decode(saq, 6, CXLMB_STRICT, &sa), 0);
	assert_int_equal(sa.count, 4);
	assert_int_equal(sa.start_rpid, 0x10);
	TYPED(cxlmb_gfd_get_sat_req, struct cxlmb_gfd_get_sat_req, saq, 6);
	put(saq, 0x02, 2, 0);
	TYPED_RC(cxlmb_gfd_get_sat_req, struct cxlmb_gfd_get_sat_req, 0x490C, saq, 6,
		 CXLMB_STRICT, CXLMB_E_BAD_ENUM);

	/* Table 8-214 Get GFD QoS BW Limit: the start RPID is 11:0 */
	uint8_t bwq[4] = { 0 };
	struct cxlmb_gfd_bw_limit_req bw;
	put(bwq, 0x00, 2, 2);
	put(bwq, 0x02, 2, 0xFFF);
	assert_int_equal(cxlmb_gfd_bw_limit_req_decode(bwq, 4, CXLMB_STRICT, &bw), 0);
	assert_int_equal(bw.num_rpids, 2);
	assert_int_equal(bw.start_rpid, 0xFFF);
	TYPED(cxlmb_gfd_bw_limit_req, struct cxlmb_gfd_bw_limit_req, bwq, 4);
	put(bwq, 0x02, 2, 0x1000);
	TYPED_RC(cxlmb_gfd_bw_limit_req, struct cxlmb_gfd_bw_limit_req, 0x4911, bwq, 4,
		 CXLMB_STRICT, CXLMB_E_RESERVED_SET);

	/* Table 8-217 Get GDT Configuration: at most 8 entries */
	uint8_t gdq[6] = { 0 };
	struct cxlmb_gfd_get_gdt_req gd;
	put(gdq, 0x00, 2, 0x123);
	put(gdq, 0x04, 1, 8);
	put(gdq, 0x05, 1, 1);
	assert_int_equal(cxlmb_gfd_get_gdt_req_decode(gdq, 6, CXLMB_STRICT, &gd), 0);
	assert_int_equal(gd.rpid, 0x123);
	assert_int_equal(gd.gdt_count, 8);
	assert_int_equal(gd.start_gdt, 1);
	TYPED(cxlmb_gfd_get_gdt_req, struct cxlmb_gfd_get_gdt_req, gdq, 6);
	put(gdq, 0x04, 1, 9);
	TYPED_RC(cxlmb_gfd_get_gdt_req, struct cxlmb_gfd_get_gdt_req, 0x4913, gdq, 6,
		 CXLMB_STRICT, CXLMB_E_BAD_ENUM);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_host_dc_region_config),
		cmocka_unit_test(test_dc_region_extent_lists),
		cmocka_unit_test(test_dcd_fixed_layouts),
		cmocka_unit_test(test_ld_mem_request),
		cmocka_unit_test(test_mhd_info),
		cmocka_unit_test(test_head_info),
		cmocka_unit_test(test_tunnel_two_levels_with_request),
		cmocka_unit_test(test_crawl_out_target),
		cmocka_unit_test(test_vcs_info_next_arguments),
		cmocka_unit_test(test_crawl_out_answer_in_tunnel),
		cmocka_unit_test(test_vcs_info_states_and_visit),
		cmocka_unit_test(test_gfd_requests),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
