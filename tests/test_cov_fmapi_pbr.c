/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* PBR switch (5700h-5716h), GAE (5800h-580Bh) and its management
 * (5900h-5904h), CXL r3.2 §7.7.13-15, Tables 7-112 to 7-187: answers
 * decoded with the request they answer (count, start index and table
 * asked), the vector excerpts' bounds, and the two semantic rules (5803h
 * segment count, 5902h reserved latency/bandwidth).  Vectors are written by
 * hand from the tables; each decodes through the catalog, its fields are
 * checked, and it re-encodes byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"
#include "cov_fmapi.h"

/* 5702h Get PBR Link Partner Info: request as 5101h's (Table 7-115), one
 * block (Table 7-117) per port asked (Table 7-116). */
static void test_link_partner_info(void **state)
{
	(void)state;
	uint8_t q[2] = { 1, 3 }, a[4 + 0x36] = { 0 };
	const struct cxlmb_link_partner_rsp *r = (const void *)val;
	struct cxlmb_link_partner_info li;

	put(a, 0x00, 1, 1);      /* Number of Ports */
	put(a, 0x04, 1, 3);      /* Port ID */
	put(a, 0x05, 1, 7);      /* Far End Port ID */
	put(a, 0x06, 2, 0x2123); /* PID 11:0, device type 15:12 */
	for (unsigned i = 0; i < 16; i++) {
		a[0x08 + i] = (uint8_t)(0x10 + i); /* Link Partner ID */
		a[0x1A + i] = (uint8_t)(0x40 + i); /* Primary FM UUID */
		a[0x2A + i] = (uint8_t)(0x80 + i); /* Secondary FM UUID */
	}
	put(a, 0x18, 1, 0x03); /* STD FC VC list */
	put(a, 0x19, 1, 0x01); /* UIO FC VC list */
	TYPED(cxlmb_get_port_state_req, struct cxlmb_get_port_state_req, q, sizeof(q));
	assert_int_equal(rsp(0x5702, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->num_ports, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_link_partner_info_schema, &r->ports, 0,
					 CXLMB_STRICT, &li), 0);
	assert_int_equal(li.port_id, 3);
	assert_int_equal(li.far_end_port_id, 7);
	assert_int_equal(li.pid, 0x123);
	assert_int_equal(li.device_type, 2);
	assert_int_equal(li.link_partner_id[15], 0x1F);
	assert_int_equal(li.std_fc_vc_list, 3);
	assert_int_equal(li.uio_fc_vc_list, 1);
	assert_int_equal(li.primary_fm_uuid[0], 0x40);
	assert_int_equal(li.secondary_fm_uuid[15], 0x8F);
	reencodes(0x5702, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_link_partner_rsp, struct cxlmb_link_partner_rsp, a, sizeof(a));
	TYPED(cxlmb_link_partner_info, struct cxlmb_link_partner_info, a + 4, 0x36);
	/* two ports asked, one answered: strictly one block per port */
	uint8_t q2[3] = { 2, 3, 4 };
	rule_error(rsp(0x5702, q2, sizeof(q2), a, sizeof(a), CXLMB_STRICT), CXLMB_E_COUNT_MISMATCH);
	/* a request that does not decode (no port count) */
	assert_int_equal(rsp(0x5702, q, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5703h Get PID Target List (Tables 7-118 to 7-120): no more targets than
 * asked. */
static void test_pid_target_list(void **state)
{
	(void)state;
	uint8_t q[4] = { 0 }, a[4 + 8] = { 0 };
	const struct cxlmb_pid_target_rsp *r = (const void *)val;
	struct cxlmb_pid_target t;

	put(q, 0x00, 2, 0);     /* Start Index */
	put(q, 0x02, 2, 2);     /* Count */
	put(a, 0x00, 2, 3);     /* Total Targets */
	put(a, 0x02, 2, 1);     /* Targets Returned */
	put(a, 0x04, 2, 0x10);  /* Target ID */
	put(a, 0x06, 1, 1);     /* Target Type: host edge port */
	put(a, 0x07, 1, 2);     /* Instance ID */
	put(a, 0x08, 1, 0);     /* VCS ID */
	put(a, 0x09, 1, 5);     /* Port ID */
	put(a, 0x0A, 2, 0xAB);  /* PID */
	TYPED(cxlmb_pbr_range_req, struct cxlmb_pbr_range_req, q, sizeof(q));
	assert_int_equal(rsp(0x5703, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->total, 3);
	assert_int_equal(r->count, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_pid_target_schema, &r->targets, 0, CXLMB_STRICT,
					 &t), 0);
	assert_int_equal(t.target_id, 0x10);
	assert_int_equal(t.target_type, 1);
	assert_int_equal(t.instance_id, 2);
	assert_int_equal(t.port_id, 5);
	assert_int_equal(t.pid, 0xAB);
	reencodes(0x5703, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_pid_target_rsp, struct cxlmb_pid_target_rsp, a, sizeof(a));
	put(q, 0x02, 2, 1); /* exactly as many as asked */
	assert_int_equal(rsp(0x5703, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	put(q, 0x02, 2, 0);
	rule_error(rsp(0x5703, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	assert_int_equal(rsp(0x5703, q, 2, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* Target Type 3h is reserved; PID bits 15:12 too */
	a[0x06] = 3;
	assert_int_equal(rsp(0x5703, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(err.offset, 0x06);
	a[0x06] = 1;
	a[0x0B] = 0x10;
	assert_int_equal(rsp(0x5703, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(err.offset, 0x0A);
}

/* 5707h Get Table Descriptors (Tables 7-126 to 7-128): the descriptors
 * asked, from the index asked. */
static void test_table_descriptors(void **state)
{
	(void)state;
	uint8_t q[4] = { 0 }, a[4 + 0x27] = { 0 };
	const struct cxlmb_table_descriptors_rsp *r = (const void *)val;
	struct cxlmb_table_descriptor d;

	put(q, 0x00, 2, 1);    /* Start Index */
	put(q, 0x02, 2, 1);    /* Count */
	put(a, 0x00, 2, 1);    /* Start Index */
	put(a, 0x02, 2, 1);    /* Descriptors Returned */
	put(a, 0x04, 1, 1);    /* Table Type: RGT */
	put(a, 0x05, 2, 2);    /* Table Index */
	put(a, 0x07, 1, 0x0F); /* Active Port Mask: ports 0-3 */
	put(a, 0x26, 1, 0x80); /* ... and port 255 */
	assert_int_equal(rsp(0x5707, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->start_index, 1);
	assert_int_equal(r->count, 1);
	assert_int_equal(cxlmb_array_get(&cxlmb_table_descriptor_schema, &r->descriptors, 0,
					 CXLMB_STRICT, &d), 0);
	assert_int_equal(d.table_type, 1);
	assert_int_equal(d.table_index, 2);
	assert_int_equal(d.active_port_mask[0], 0x0F);
	assert_int_equal(d.active_port_mask[31], 0x80);
	reencodes(0x5707, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_table_descriptors_rsp, struct cxlmb_table_descriptors_rsp, a, sizeof(a));
	put(q, 0x02, 2, 0);
	rule_error(rsp(0x5707, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	put(q, 0x02, 2, 4);
	put(q, 0x00, 2, 0);
	rule_error(rsp(0x5707, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	assert_int_equal(rsp(0x5707, q, 3, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5708h Get DRT (request Table 7-129 = Get RGT's, answer Table 7-130 with
 * 2-byte entries, Table 7-131; docs/codec-notes.md) and 5709h Set DRT
 * (Table 7-132). */
static void test_drt(void **state)
{
	(void)state;
	uint8_t q[6] = { 0 }, a[8 + 4] = { 0 }, s[6 + 4] = { 0 };
	const struct cxlmb_drt *r = (const void *)val;
	struct cxlmb_drt_entry e;

	put(q, 0x00, 1, 2);   /* DRT index */
	put(q, 0x02, 2, 2);   /* Count */
	put(q, 0x04, 2, 0);   /* Start Entry */
	put(a, 0x00, 1, 2);   /* DRT index */
	put(a, 0x02, 2, 2);   /* Count */
	put(a, 0x04, 2, 0);   /* Start Entry */
	put(a, 0x06, 1, 5);   /* associated RGT index */
	put(a, 0x08, 1, 1);   /* entry 0: physical port ... */
	put(a, 0x09, 1, 3);   /* ... 3 */
	put(a, 0x0A, 1, 2);   /* entry 1: RGT entry ... */
	put(a, 0x0B, 1, 0x10); /* ... 10h */
	TYPED(cxlmb_rgt_req, struct cxlmb_rgt_req, q, sizeof(q));
	assert_int_equal(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->drt_index, 2);
	assert_int_equal(r->count, 2);
	assert_int_equal(r->rgt_index, 5);
	assert_int_equal(cxlmb_array_get(&cxlmb_drt_entry_schema, &r->entries, 1, CXLMB_STRICT, &e),
			 0);
	assert_int_equal(e.entry_type, 2);
	assert_int_equal(e.routing_target, 0x10);
	reencodes(0x5708, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_drt, struct cxlmb_drt, a, sizeof(a));
	put(q, 0x02, 2, 1);
	rule_error(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	put(q, 0x02, 2, 2);
	put(q, 0x00, 1, 3); /* another DRT */
	rule_error(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	put(q, 0x00, 1, 2);
	put(q, 0x04, 2, 1); /* another start */
	rule_error(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	put(q, 0x04, 2, 0);
	q[1] = 1; /* reserved byte of the request */
	assert_int_equal(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT),
			 CXLMB_E_RESERVED_SET);
	q[1] = 0;
	/* entry type 3 is reserved */
	a[0x0A] = 3;
	assert_int_equal(rsp(0x5708, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(err.offset, 0x0A);

	put(s, 0x00, 1, 2);
	put(s, 0x02, 2, 2);
	put(s, 0x04, 2, 4);
	put(s, 0x06, 2, 0x0301);
	put(s, 0x08, 2, 0x0000); /* an invalid entry */
	assert_int_equal(req(0x5709, s, sizeof(s), CXLMB_STRICT), 0);
	assert_int_equal(((const struct cxlmb_set_drt *)val)->start_entry, 4);
	reencodes(0x5709, CXLMB_REQ, s, sizeof(s));
	TYPED(cxlmb_set_drt, struct cxlmb_set_drt, s, sizeof(s));
	TYPED(cxlmb_drt_entry, struct cxlmb_drt_entry, s + 6, 2);
}

/* 570Ah Get RGT (Tables 7-133 to 7-135) and 570Bh Set RGT (Table 7-136). */
static void test_rgt(void **state)
{
	(void)state;
	uint8_t q[6] = { 0 }, a[6 + 12] = { 0 };
	const struct cxlmb_rgt *r = (const void *)val;
	struct cxlmb_rgt_entry e;

	put(q, 0x00, 1, 1);    /* RGT index */
	put(q, 0x02, 2, 1);    /* Count */
	put(q, 0x04, 2, 4);    /* Start Entry */
	put(a, 0x00, 1, 1);
	put(a, 0x02, 2, 1);
	put(a, 0x04, 2, 4);
	for (unsigned i = 0; i < 8; i++)
		a[0x06 + i] = (uint8_t)(i + 1); /* Egress Ports 0-7 */
	put(a, 0x0E, 1, 0x0B); /* highest valid 3, highest primary 1 */
	put(a, 0x0F, 1, 0x11); /* routing mode 1 (CA), mix 2 */
	assert_int_equal(rsp(0x570A, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->rgt_index, 1);
	assert_int_equal(r->start_entry, 4);
	assert_int_equal(cxlmb_array_get(&cxlmb_rgt_entry_schema, &r->entries, 0, CXLMB_STRICT, &e),
			 0);
	assert_int_equal(e.egress_port[7], 8);
	assert_int_equal(e.highest_valid, 3);
	assert_int_equal(e.highest_primary, 1);
	assert_int_equal(e.routing_mode, 1);
	assert_int_equal(e.mix, 2);
	reencodes(0x570A, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_rgt, struct cxlmb_rgt, a, sizeof(a));
	TYPED(cxlmb_rgt_entry, struct cxlmb_rgt_entry, a + 6, 12);
	/* Set RGT has the same layout and no request to answer */
	assert_int_equal(req(0x570B, a, sizeof(a), CXLMB_STRICT), 0);
	reencodes(0x570B, CXLMB_REQ, a, sizeof(a));

	put(q, 0x02, 2, 0);
	rule_error(rsp(0x570A, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	put(q, 0x02, 2, 1);
	put(q, 0x00, 1, 0);
	rule_error(rsp(0x570A, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	put(q, 0x00, 1, 1);
	put(q, 0x04, 2, 5);
	rule_error(rsp(0x570A, q, sizeof(q), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	assert_int_equal(rsp(0x570A, q, 5, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* routing modes 3-5 are reserved, 6 and 7 vendor modes */
	a[0x0F] = 0x13;
	assert_int_equal(rsp(0x570A, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	a[0x0F] = 0x16;
	assert_int_equal(rsp(0x570A, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
}

/* 570Eh Get LDST Segment Entries (Tables 7-140 to 7-142), 5710h Get LDST IDT
 * DPID Entries (Tables 7-144, 7-145), 5712h Get Completer ID-Based
 * Re-Router Entries (Tables 7-147 to 7-149) and 5805h Get FAST Segment
 * Entries (Tables 7-169 to 7-171): one request layout, a count of at least
 * 1, and answers of at most that many entries from the index asked. */
static void test_ldst_ranges(void **state)
{
	(void)state;
	uint8_t q[6] = { 0 };
	uint8_t seg[4 + 8] = { 0 }, idt[4 + 4] = { 0 }, cid[4 + 5] = { 0 }, fast[4 + 8] = { 0 };

	put(q, 0x00, 1, 0);  /* vPPB Instance */
	put(q, 0x02, 2, 2);  /* Count */
	put(q, 0x04, 2, 3);  /* Start Index */
	TYPED(cxlmb_ldst_range_req, struct cxlmb_ldst_range_req, q, sizeof(q));

	put(seg, 0x00, 2, 1);     /* Count */
	put(seg, 0x02, 2, 3);     /* Start Index */
	put(seg, 0x04, 1, 0x03);  /* valid, PCIe segment */
	put(seg, 0x05, 1, 2);     /* interleave */
	put(seg, 0x06, 1, 1);     /* granularity */
	put(seg, 0x08, 2, 0x045); /* DPID */
	assert_int_equal(rsp(0x570E, q, sizeof(q), seg, sizeof(seg), CXLMB_STRICT), 0);
	const struct cxlmb_ldst_segments_rsp *sr = (const void *)val;
	struct cxlmb_ldst_segment s;
	assert_int_equal(cxlmb_array_get(&cxlmb_ldst_segment_schema, &sr->segments, 0,
					 CXLMB_STRICT, &s), 0);
	assert_int_equal(s.valid, 1);
	assert_int_equal(s.pcie_segment, 1);
	assert_int_equal(s.intlv, 2);
	assert_int_equal(s.gran, 1);
	assert_int_equal(s.dpid_ix, 0x45);
	reencodes(0x570E, CXLMB_RSP, seg, sizeof(seg));
	TYPED(cxlmb_ldst_segments_rsp, struct cxlmb_ldst_segments_rsp, seg, sizeof(seg));

	put(idt, 0x00, 2, 2);
	put(idt, 0x02, 2, 3);
	put(idt, 0x04, 2, 0x010);
	put(idt, 0x06, 2, 0x011);
	assert_int_equal(rsp(0x5710, q, sizeof(q), idt, sizeof(idt), CXLMB_STRICT), 0);
	const struct cxlmb_ldst_idt_rsp *ir = (const void *)val;
	struct cxlmb_pid16 p;
	assert_int_equal(cxlmb_array_get(&cxlmb_pid16_schema, &ir->dpids, 1, CXLMB_STRICT, &p), 0);
	assert_int_equal(p.pid, 0x011);
	reencodes(0x5710, CXLMB_RSP, idt, sizeof(idt));
	TYPED(cxlmb_ldst_idt_rsp, struct cxlmb_ldst_idt_rsp, idt, sizeof(idt));

	put(cid, 0x00, 2, 1);
	put(cid, 0x02, 2, 3);
	put(cid, 0x04, 2, 0x1020); /* DPID 20h, Enable PCIe Segment */
	put(cid, 0x06, 1, 1);      /* segment */
	put(cid, 0x07, 1, 0x10);   /* bus */
	put(cid, 0x08, 1, 0x1A);   /* function 2, device 3 */
	assert_int_equal(rsp(0x5712, q, sizeof(q), cid, sizeof(cid), CXLMB_STRICT), 0);
	const struct cxlmb_cidrr_rsp *cr = (const void *)val;
	struct cxlmb_cidrr_entry c;
	assert_int_equal(cxlmb_array_get(&cxlmb_cidrr_entry_schema, &cr->entries, 0, CXLMB_STRICT,
					 &c), 0);
	assert_int_equal(c.dpid, 0x20);
	assert_int_equal(c.enable_segment, 1);
	assert_int_equal(c.segment, 1);
	assert_int_equal(c.bus, 0x10);
	assert_int_equal(c.function, 2);
	assert_int_equal(c.device, 3);
	reencodes(0x5712, CXLMB_RSP, cid, sizeof(cid));
	TYPED(cxlmb_cidrr_rsp, struct cxlmb_cidrr_rsp, cid, sizeof(cid));

	put(fast, 0x00, 2, 1);
	put(fast, 0x02, 2, 3);
	put(fast, 0x04, 1, 0x03); /* valid, GIM */
	put(fast, 0x08, 2, 0x0FF);
	assert_int_equal(rsp(0x5805, q, sizeof(q), fast, sizeof(fast), CXLMB_STRICT), 0);
	const struct cxlmb_fast_segments_rsp *fr = (const void *)val;
	struct cxlmb_fast_segment f;
	assert_int_equal(cxlmb_array_get(&cxlmb_fast_segment_schema, &fr->segments, 0,
					 CXLMB_STRICT, &f), 0);
	assert_int_equal(f.gim, 1);
	assert_int_equal(f.dpid_ix, 0xFF);
	reencodes(0x5805, CXLMB_RSP, fast, sizeof(fast));
	TYPED(cxlmb_fast_segments_rsp, struct cxlmb_fast_segments_rsp, fast, sizeof(fast));

	/* each answer: more than asked, or from another index */
	const struct {
		uint16_t op;
		const uint8_t *a;
		size_t n;
	} ans[] = { { 0x570E, seg, sizeof(seg) }, { 0x5710, idt, sizeof(idt) },
		    { 0x5712, cid, sizeof(cid) }, { 0x5805, fast, sizeof(fast) } };
	for (size_t i = 0; i < sizeof(ans) / sizeof(ans[0]); i++) {
		put(q, 0x02, 2, 1);
		rule_error(rsp(ans[i].op, q, sizeof(q), ans[i].a, ans[i].n, CXLMB_STRICT),
			   ans[i].op == 0x5710 ? CXLMB_E_OVERSIZE : CXLMB_E_OK);
		put(q, 0x02, 2, 2);
		put(q, 0x04, 2, 0);
		rule_error(rsp(ans[i].op, q, sizeof(q), ans[i].a, ans[i].n, CXLMB_STRICT),
			   CXLMB_E_TAG_MISMATCH);
		put(q, 0x04, 2, 3);
		/* a request count of 0 is refused (at least 1) */
		put(q, 0x02, 2, 0);
		assert_int_equal(rsp(ans[i].op, q, sizeof(q), ans[i].a, ans[i].n, CXLMB_STRICT),
				 CXLMB_E_BAD_ENUM);
		put(q, 0x02, 2, 2);
		assert_int_equal(rsp(ans[i].op, NULL, 0, ans[i].a, ans[i].n, CXLMB_STRICT), 0);
	}
}

/* 5714h/5715h LDST Access Vector (Tables 7-151 to 7-154), 5801h PID
 * Interrupt Vector (Tables 7-159 to 7-161), 5802h/5901h PID Access Vectors
 * (Tables 7-162 to 7-164, 7-183): an excerpt of at most the bytes asked,
 * never past the vector (200h bytes; 400h for the access vectors). */
static void test_vector_excerpts(void **state)
{
	(void)state;
	uint8_t q8[8] = { 0 }, q9[9] = { 0 }, q12[12] = { 0 };
	static uint8_t a[4 + 0x401];
	const struct cxlmb_lav_rsp *r = (const void *)val;
	struct cxlmb_id8 b;

	put(q8, 0x00, 4, 0x10); /* Start Byte */
	put(q8, 0x04, 4, 4);    /* Number of Bytes */
	put(q9, 0x00, 4, 0x10);
	put(q9, 0x04, 4, 4);
	put(q9, 0x08, 1, 1);    /* Clear on Read */
	put(q12, 0x00, 1, 2);   /* VCS ID */
	put(q12, 0x04, 4, 0x10);
	put(q12, 0x08, 4, 4);
	TYPED(cxlmb_lav_req, struct cxlmb_lav_req, q8, sizeof(q8));
	TYPED(cxlmb_pid_irq_req, struct cxlmb_pid_irq_req, q9, sizeof(q9));
	TYPED(cxlmb_vcs_lav_req, struct cxlmb_vcs_lav_req, q12, sizeof(q12));

	put(a, 0x00, 4, 4);
	put(a, 0x04, 4, 0x80402010);
	const struct {
		uint16_t op;
		const uint8_t *q;
		size_t n;
	} ops[] = { { 0x5714, q8, 8 }, { 0x5715, q12, 12 }, { 0x5801, q9, 9 },
		    { 0x5802, q8, 8 }, { 0x5901, q12, 12 } };
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		assert_int_equal(rsp(ops[i].op, ops[i].q, ops[i].n, a, 8, CXLMB_STRICT), 0);
		assert_int_equal(r->num_bytes, 4);
		assert_int_equal(cxlmb_array_get(&cxlmb_id8_schema, &r->data, 3, CXLMB_STRICT, &b),
				 0);
		assert_int_equal(b.id, 0x80);
		reencodes(ops[i].op, CXLMB_RSP, a, 8);
		/* one byte more than asked */
		put(a, 0x00, 4, 5);
		rule_error(rsp(ops[i].op, ops[i].q, ops[i].n, a, 9, CXLMB_STRICT),
			   CXLMB_E_OVERSIZE);
		put(a, 0x00, 4, 4);
	}
	TYPED(cxlmb_lav_rsp, struct cxlmb_lav_rsp, a, 8);
	TYPED(cxlmb_pid_irq_rsp, struct cxlmb_lav_rsp, a, 8);
	TYPED(cxlmb_pav_rsp, struct cxlmb_lav_rsp, a, 8);
	/* a request that does not decode: each of the three shapes */
	q9[8] = 2; /* Clear on Read bits 7:1 reserved */
	assert_int_equal(rsp(0x5801, q9, 9, a, 8, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	q12[1] = 1;
	assert_int_equal(rsp(0x5715, q12, 12, a, 8, CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(rsp(0x5714, q8, 7, a, 8, CXLMB_STRICT), CXLMB_E_TRUNCATED);

	/* the whole vector and no more: 200h bytes (5714h, 5801h) ... */
	put(a, 0x00, 4, 0x200);
	assert_int_equal(rsp(0x5714, NULL, 0, a, 4 + 0x200, CXLMB_STRICT), 0);
	assert_int_equal(rsp(0x5801, NULL, 0, a, 4 + 0x200, CXLMB_STRICT), 0);
	put(a, 0x00, 4, 0x201);
	rule_error(rsp(0x5714, NULL, 0, a, 4 + 0x201, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	rule_error(rsp(0x5801, NULL, 0, a, 4 + 0x201, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	/* ... 400h (5802h, 5901h) */
	assert_int_equal(rsp(0x5802, NULL, 0, a, 4 + 0x201, CXLMB_STRICT), 0);
	put(a, 0x00, 4, 0x400);
	assert_int_equal(rsp(0x5901, NULL, 0, a, 4 + 0x400, CXLMB_STRICT), 0);
	put(a, 0x00, 4, 0x401);
	rule_error(rsp(0x5802, NULL, 0, a, 4 + 0x401, CXLMB_STRICT), CXLMB_E_OVERSIZE);
	rule_error(rsp(0x5901, NULL, 0, a, 4 + 0x401, CXLMB_STRICT), CXLMB_E_OVERSIZE);
}

/* 5800h Identify GAE / 5900h Identify VCS GAE (Tables 7-156 to 7-158,
 * 7-182): the vPPBs asked, from the start asked; the request is 2 or 3
 * bytes. */
static void test_gae_identify(void **state)
{
	(void)state;
	uint8_t q2[2] = { 0, 2 }, q3[3] = { 1, 0, 2 }, a[8 + 4] = { 0 };
	const struct cxlmb_gae_identify_rsp *r = (const void *)val;
	struct cxlmb_gae_vppb_info v;

	put(a, 0x00, 2, 0x5100); /* max PIDs 100h, egress VPL0, GIM config */
	put(a, 0x02, 2, 8);      /* Total Threads */
	put(a, 0x04, 2, 6);      /* Available Threads */
	put(a, 0x06, 1, 0);      /* Start vPPB */
	put(a, 0x07, 1, 1);      /* Number of vPPBs */
	put(a, 0x08, 2, 16);     /* FAST segments of the vPPB */
	TYPED(cxlmb_gae_identify_req, struct cxlmb_gae_identify_req, q2, sizeof(q2));
	TYPED(cxlmb_vcs_gae_identify_req, struct cxlmb_vcs_gae_identify_req, q3, sizeof(q3));
	assert_int_equal(rsp(0x5800, q2, sizeof(q2), a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->max_enabled_pids, 0x100);
	assert_int_equal(r->egress_vpl0, 1);
	assert_int_equal(r->ingress_vpl0, 0);
	assert_int_equal(r->gim_config, 1);
	assert_int_equal(r->total_threads, 8);
	assert_int_equal(r->avail_threads, 6);
	assert_int_equal(cxlmb_array_get(&cxlmb_gae_vppb_info_schema, &r->vppbs, 0, CXLMB_STRICT,
					 &v), 0);
	assert_int_equal(v.num_fast_segments, 16);
	reencodes(0x5800, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_gae_identify_rsp, struct cxlmb_gae_identify_rsp, a, sizeof(a));
	assert_int_equal(rsp(0x5900, q3, sizeof(q3), a, sizeof(a), CXLMB_STRICT), 0);
	/* bit 15 is reserved */
	a[1] |= 0x80;
	assert_int_equal(rsp(0x5800, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	a[1] &= 0x7F;
	q2[1] = 1; /* exactly as many as asked */
	assert_int_equal(rsp(0x5800, q2, sizeof(q2), a, sizeof(a), CXLMB_STRICT), 0);
	q2[1] = 0;
	rule_error(rsp(0x5800, q2, sizeof(q2), a, sizeof(a), CXLMB_STRICT), CXLMB_E_OVERSIZE);
	q3[1] = 1;
	rule_error(rsp(0x5900, q3, sizeof(q3), a, sizeof(a), CXLMB_STRICT), CXLMB_E_TAG_MISMATCH);
	assert_int_equal(rsp(0x5800, q2, 1, a, sizeof(a), CXLMB_STRICT), CXLMB_E_TRUNCATED);
}

/* 5803h Get FAST/IDT Capabilities (Tables 7-166, 7-167): "the number of
 * entries must be 0 or a power of 2" (strict). */
static void test_fast_caps(void **state)
{
	(void)state;
	uint8_t a[0x1A + 2] = { 0 };
	const struct cxlmb_fast_caps_rsp *r = (const void *)val;
	struct cxlmb_pid16 p;

	put(a, 0x00, 1, 1);             /* vPPB Instance */
	put(a, 0x01, 2, 4);             /* Number of Segments */
	put(a, 0x03, 1, 2);             /* FSegSz */
	put(a, 0x04, 2, 8);             /* Number of IDT entries */
	put(a, 0x06, 1, 1);             /* PID list length */
	put(a, 0x07, 1, 0x03);          /* egress, ingress VPL0 */
	put(a, 0x0A, 8, 0x1000000000);  /* Fabric Base */
	put(a, 0x12, 8, 0x1FFFFFFFFF);  /* Fabric Limit */
	put(a, 0x1A, 2, 0x123);
	assert_int_equal(rsp(0x5803, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	assert_int_equal(r->vppb_instance, 1);
	assert_int_equal(r->num_segments, 4);
	assert_int_equal(r->seg_size, 2);
	assert_int_equal(r->num_idt, 8);
	assert_int_equal(r->egress_vpl0, 1);
	assert_int_equal(r->ingress_vpl0, 1);
	assert_int_equal(r->fabric_base, 0x1000000000);
	assert_int_equal(r->fabric_limit, 0x1FFFFFFFFF);
	assert_int_equal(cxlmb_array_get(&cxlmb_pid16_schema, &r->pids, 0, CXLMB_STRICT, &p), 0);
	assert_int_equal(p.pid, 0x123);
	reencodes(0x5803, CXLMB_RSP, a, sizeof(a));
	TYPED(cxlmb_fast_caps_rsp, struct cxlmb_fast_caps_rsp, a, sizeof(a));
	put(a, 0x01, 2, 0);
	assert_int_equal(rsp(0x5803, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	put(a, 0x01, 2, 0x8000);
	assert_int_equal(rsp(0x5803, NULL, 0, a, sizeof(a), CXLMB_STRICT), 0);
	put(a, 0x01, 2, 3);
	rule_error(rsp(0x5803, NULL, 0, a, sizeof(a), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	assert_int_equal(rsp(0x5803, NULL, 0, a, sizeof(a), CXLMB_EXACT), 0);
	/* what a strict decode refuses is never written */
	assert_int_equal(cxlmb_fast_caps_rsp_encode(r, out, sizeof(out), NULL), CXLMB_E_VALUE_RANGE);
	uint8_t q[4] = { 1, 0, 0, 0 };
	TYPED(cxlmb_fast_caps_req, struct cxlmb_fast_caps_req, q, sizeof(q));
}

/* 5902h Configure VCS PID Access (Table 7-184): latency and bandwidth are
 * reserved when the operation disables access (1, 3). */
static void test_vcs_pid_access(void **state)
{
	(void)state;
	uint8_t q[0x18] = { 0 };
	const struct cxlmb_vcs_pid_access_req *r = (const void *)val;
	const struct {
		unsigned off, size;
	} lb[] = { { 0x04, 8 }, { 0x0C, 2 }, { 0x0E, 8 }, { 0x16, 2 } };

	put(q, 0x00, 1, 1);            /* VCS ID */
	put(q, 0x02, 2, 0x0123);       /* PID 123h, operation 0: enable */
	put(q, 0x04, 8, 1000);         /* latency base */
	put(q, 0x0C, 2, 5);            /* latency */
	put(q, 0x0E, 8, 0x100);        /* bandwidth base */
	put(q, 0x16, 2, 7);            /* bandwidth */
	assert_int_equal(req(0x5902, q, sizeof(q), CXLMB_STRICT), 0);
	assert_int_equal(r->vcs_id, 1);
	assert_int_equal(r->pid, 0x123);
	assert_int_equal(r->operation, 0);
	assert_int_equal(r->latency_base, 1000);
	assert_int_equal(r->latency, 5);
	assert_int_equal(r->bw_base, 0x100);
	assert_int_equal(r->bw, 7);
	reencodes(0x5902, CXLMB_REQ, q, sizeof(q));
	TYPED(cxlmb_vcs_pid_access_req, struct cxlmb_vcs_pid_access_req, q, sizeof(q));
	/* operations 2 and 4 keep them */
	for (unsigned op = 2; op <= 4; op += 2) {
		put(q, 0x02, 2, 0x0123 | op << 12);
		assert_int_equal(req(0x5902, q, sizeof(q), CXLMB_STRICT), 0);
	}
	/* operations 1 and 3: each field alone is one too many */
	for (unsigned op = 1; op <= 3; op += 2) {
		put(q, 0x02, 2, 0x0123 | op << 12);
		for (size_t i = 0; i < 4; i++) {
			memset(q + 4, 0, sizeof(q) - 4);
			put(q, lb[i].off, lb[i].size, 1);
			rule_error(req(0x5902, q, sizeof(q), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
			assert_int_equal(req(0x5902, q, sizeof(q), CXLMB_EXACT), 0);
			assert_int_equal(cxlmb_vcs_pid_access_req_encode(r, out, sizeof(out), NULL),
					 CXLMB_E_RESERVED_SET);
		}
		memset(q + 4, 0, sizeof(q) - 4);
		assert_int_equal(req(0x5902, q, sizeof(q), CXLMB_STRICT), 0);
		reencodes(0x5902, CXLMB_REQ, q, sizeof(q));
	}
	/* operation 5 and up are not defined */
	put(q, 0x02, 2, 0x5123);
	assert_int_equal(req(0x5902, q, sizeof(q), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(err.offset, 0x02);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_link_partner_info),
		cmocka_unit_test(test_pid_target_list),
		cmocka_unit_test(test_table_descriptors),
		cmocka_unit_test(test_drt),
		cmocka_unit_test(test_rgt),
		cmocka_unit_test(test_ldst_ranges),
		cmocka_unit_test(test_vector_excerpts),
		cmocka_unit_test(test_gae_identify),
		cmocka_unit_test(test_fast_caps),
		cmocka_unit_test(test_vcs_pid_access),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
