/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Register discovery: Register Locator DVSEC and Device Capabilities Array,
 * good devices and hostile ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "sim.h"

static uint8_t cfg[4096];
/* BAR 0 and BAR 2 of 64 KiB each, as the Type-3 function below has */
static const uint64_t bars[CXLMB_PCI_BARS] = { 0x10000, 0, 0x10000, 0, 0, 0 };

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

static uint32_t ext_hdr(uint16_t id, uint8_t ver, uint32_t next)
{
	return id | (uint32_t)ver << 16 | next << 20;
}

/* Modelled on a QEMU cxl-type3 function with sn= (cxl-facts §10.1):
 * Serial Number 100h, CXL Device DVSEC 10Ch, Register Locator 144h, GPF 168h. */
static void build_type3_cfg(void)
{
	memset(cfg, 0, sizeof(cfg));
	put32(cfg + 0x100, ext_hdr(0x0003, 1, 0x10C)); /* Device Serial Number */
	put32(cfg + 0x10C, ext_hdr(0x0023, 1, 0x144));
	put32(cfg + 0x110, 0x1E98 | 1u << 16 | 0x3Cu << 20);
	put32(cfg + 0x114, 0x0000);                    /* DVSEC ID 0: CXL device */
	put32(cfg + 0x144, ext_hdr(0x0023, 1, 0x168));
	put32(cfg + 0x148, 0x1E98 | 0u << 16 | 0x24u << 20);
	put32(cfg + 0x14C, 0x0008);                    /* Register Locator */
	put32(cfg + 0x150, 0x00000100);                /* BIR 0, RBI 1 (component) */
	put32(cfg + 0x154, 0);
	put32(cfg + 0x158, 0x00000302);                /* BIR 2, RBI 3 (memory device) */
	put32(cfg + 0x15C, 0);
	put32(cfg + 0x160, 0);                         /* empty */
	put32(cfg + 0x164, 0);
	put32(cfg + 0x168, ext_hdr(0x0023, 1, 0));
	put32(cfg + 0x16C, 0x1E98 | 0x10u << 20);
	put32(cfg + 0x170, 0x0005);                    /* GPF for device */
}

static void test_type3_register_locator(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	uint32_t off, len, count;

	build_type3_cfg();
	assert_int_equal(cxlmb_regloc_count(cfg, sizeof(cfg), &count), 0);
	assert_int_equal(count, 3);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_MEMDEV, 0, &rb), 0);
	assert_int_equal(rb.bir, 2);
	assert_int_equal(rb.offset, 0);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_COMPONENT, 0, &rb), 0);
	assert_int_equal(rb.bir, 0);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_CPMU, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_MEMDEV, 1, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x1E98, 0, &off, &len), 0);
	assert_int_equal(off, 0x10C);
	assert_int_equal(len, 0x3C);
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x1E98, 5, &off, &len), 0);
	assert_int_equal(off, 0x168);
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x8086, 8, &off, &len), CXLMB_E_NOT_FOUND);
	/* a 64-bit offset: high dword and the low 16 bits masked off */
	put32(cfg + 0x158, 0x00120302 | 0xF8); /* reserved bits 7:3 set */
	put32(cfg + 0x15C, 0x1);
	const uint64_t big[CXLMB_PCI_BARS] = { 0x10000, 0, 0x200000000ull, 0, 0, 0 };
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), big, CXLMB_RBI_MEMDEV, 0, &rb), 0);
	assert_true(rb.offset == 0x100120000ull);
	assert_true(rb.avail == 0x200000000ull - 0x100120000ull);
	assert_int_equal(rb.bir, 2);
}

static void test_switch_cci_register_locator(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	/* switch mailbox CCI function: Register Locator first, one entry BIR 0, RBI 3 */
	memset(cfg, 0, sizeof(cfg));
	put32(cfg + 0x100, ext_hdr(0x0023, 1, 0));
	put32(cfg + 0x104, 0x1E98 | 0x14u << 20);
	put32(cfg + 0x108, 0x0008);
	put32(cfg + 0x10C, 0x00000300);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_MEMDEV, 0, &rb), 0);
	assert_int_equal(rb.bir, 0);
}

static void test_hostile_config_space(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	uint32_t count;

	build_type3_cfg();
	put32(cfg + 0x10C, ext_hdr(0x0023, 1, 0x100)); /* points back: a loop */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_BAD_CAP_CHAIN);
	put32(cfg + 0x10C, ext_hdr(0x0023, 1, 0x10C)); /* points at itself */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_BAD_CAP_CHAIN);
	put32(cfg + 0x10C, ext_hdr(0x0023, 1, 0x146)); /* misaligned */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_BAD_CAP_CHAIN);
	put32(cfg + 0x10C, ext_hdr(0x0023, 1, 0xFFC)); /* last dword of space: fine, then empty */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_find(cfg, 0x200, bars, 3, 0, &rb), CXLMB_E_OUT_OF_RANGE);

	build_type3_cfg();
	put32(cfg + 0x148, 0x1E98 | 0x25u << 20); /* not 0Ch + 8n */
	assert_int_equal(cxlmb_regloc_count(cfg, sizeof(cfg), &count), CXLMB_E_BAD_DVSEC);
	put32(cfg + 0x148, 0x1E98 | 0x08u << 20); /* shorter than its own headers */
	assert_int_equal(cxlmb_regloc_count(cfg, sizeof(cfg), &count), CXLMB_E_BAD_DVSEC);
	put32(cfg + 0x148, 0x1E98 | 0xFFCu << 20); /* runs past the space */
	assert_int_equal(cxlmb_regloc_count(cfg, sizeof(cfg), &count), CXLMB_E_OUT_OF_RANGE);
	put32(cfg + 0x148, 0x1E98 | 0x0Cu << 20); /* zero entries */
	assert_int_equal(cxlmb_regloc_count(cfg, sizeof(cfg), &count), 0);
	assert_int_equal(count, 0);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);

	build_type3_cfg();
	put32(cfg + 0x158, 0x00000306); /* BIR 6 is reserved */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_BAD_DVSEC);

	memset(cfg, 0xFF, sizeof(cfg)); /* absent function */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);
	memset(cfg, 0, sizeof(cfg)); /* no extended capabilities */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_find(NULL, 0, bars, 3, 0, &rb), CXLMB_E_INVALID_ARG);
}

static void test_every_truncation_of_config_space(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	build_type3_cfg();
	for (size_t len = 0; len <= 0x200; len++) {
		int rc = cxlmb_regloc_find(cfg, len, bars, CXLMB_RBI_MEMDEV, 0, &rb);
		if (len >= 0x168)
			assert_int_equal(rc, 0);
		else
			assert_true(rc == CXLMB_E_NOT_FOUND || rc == CXLMB_E_OUT_OF_RANGE);
	}
}

static uint32_t rng = 0xC0FFEEu;
static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void test_random_config_spaces(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	for (int t = 0; t < 20000; t++) {
		size_t len = 0x100 + rnd() % 0x100;
		memset(cfg, 0, sizeof(cfg));
		for (size_t i = 0x100; i < len; i += 4) {
			uint32_t v = rnd();
			if (rnd() % 3 == 0) /* plausible headers: DVSEC, forward pointers */
				v = ext_hdr(0x0023, 1, (uint32_t)(i + 4 * (rnd() % 8)));
			if (rnd() % 5 == 0)
				v = 0x1E98 | (rnd() % 0x40) << 20;
			put32(cfg + i, v);
		}
		(void)cxlmb_regloc_find(cfg, len, bars, (uint8_t)(rnd() % 5), rnd() % 2, &rb);
	}
}

/* ---- Device Capabilities Array ---- */

static void test_sim_block_is_discoverable(void **state)
{
	(void)state;
	static struct cxlmb_sim sim; /* ~170 KB: off the stack */
	struct cxlmb_devregs r;
	struct cxlmb_mbox_config mc;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	uint8_t out[128];

	assert_int_equal(cxlmb_sim_init(&sim, NULL), 0);
	assert_int_equal(cxlmb_devregs_parse(&cxlmb_sim_ops, &sim, sim.regs_len, &r), 0);
	assert_int_equal(r.count, 3);
	assert_true(r.dev_status.present);
	assert_int_equal(r.dev_status.offset, CXLMB_SIM_DEV_STATUS_OFF);
	assert_true(r.primary_mbox.present);
	assert_int_equal(r.primary_mbox.offset, CXLMB_SIM_MBOX_OFF);
	assert_int_equal(r.primary_mbox.length, 0x20 + 2048);
	assert_false(r.secondary_mbox.present);
	assert_true(r.memdev_status.present);
	assert_int_equal(r.memdev_status.offset, CXLMB_SIM_MEMDEV_STATUS_OFF);
	/* discovery feeds the transport directly */
	assert_int_equal(cxlmb_mbox_config_default(&mc), 0);
	assert_int_equal(cxlmb_devregs_mbox_config(&r, &mc), 0);
	assert_int_equal(cxlmb_mbox_init(&mb, &cxlmb_sim_ops, &sim, &mc), 0);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), 0);
	assert_int_equal(res.rc, 0);
	assert_int_equal(res.out_len, CXLMB_IDENTIFY_MEMDEV_RSP_LEN);
	/* a block shorter than the mailbox registers claim */
	assert_int_equal(cxlmb_devregs_parse(&cxlmb_sim_ops, &sim, sim.regs_len - 1, &r), CXLMB_E_OUT_OF_RANGE);
	cxlmb_sim_fini(&sim);
}

static uint8_t blk[0x1000];

static void cap(unsigned n, uint16_t id, uint32_t off, uint32_t len)
{
	put32(blk + 0x10 * n, id | 1u << 16);
	put32(blk + 0x10 * n + 4, off);
	put32(blk + 0x10 * n + 8, len);
	put32(blk + 0x10 * n + 12, 0);
}

static void build_block(void)
{
	memset(blk, 0, sizeof(blk));
	put32(blk + 0, 0x00010000); /* ID 0, version 1 */
	put32(blk + 4, 4);          /* 4 capabilities */
	cap(1, CXLMB_CAP_DEV_STATUS, 0x80, 8);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0x100, 0x20 + 256);
	cap(3, CXLMB_CAP_MEMDEV_STATUS, 0x88, 8);
	cap(4, 0x8001, 0x400, 0x40); /* vendor specific */
}

static void test_hostile_capability_arrays(void **state)
{
	(void)state;
	struct cxlmb_devregs r;
	struct cxlmb_mbox_config mc;

	build_block();
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	assert_int_equal(r.vendor_caps, 1);
	assert_int_equal(r.primary_mbox.length, 0x120);

	put32(blk + 4, 0xFFFF); /* count far past the block */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OUT_OF_RANGE);
	build_block();
	put32(blk + 0, 0x00010005); /* the array's own ID must be 0 */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0xF00, 0x120); /* registers past the block */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OUT_OF_RANGE);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0xFFFFFF00u, 0x200); /* 32-bit wrap */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OUT_OF_RANGE);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0x100, 0x20 + 255); /* too small for 256 B payload */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OUT_OF_RANGE);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0x104, 0x120); /* misaligned */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0x20, 0x120); /* overlaps the array */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(4, CXLMB_CAP_PRIMARY_MBOX, 0x400, 0x120); /* a second primary mailbox */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(2, 0x0042, 0x100, 0x120); /* no mailbox at all */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	assert_int_equal(r.unknown_caps, 1);
	cxlmb_mbox_config_default(&mc);
	assert_int_equal(cxlmb_devregs_mbox_config(&r, &mc), CXLMB_E_NOT_FOUND);
	build_block();
	put32(blk + 4, 0); /* an empty array is well formed */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	assert_false(r.primary_mbox.present);
}

static void test_every_truncation_of_block(void **state)
{
	(void)state;
	struct cxlmb_devregs r;
	build_block();
	for (size_t len = 0; len < 0x440; len++) {
		int rc = cxlmb_devregs_parse_bytes(blk, len, &r);
		if (len >= 0x440 - 0) /* vendor cap ends at 440h */
			assert_int_equal(rc, 0);
		else
			assert_int_equal(rc, CXLMB_E_OUT_OF_RANGE);
	}
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, 0x440, &r), 0);
}

static void test_random_blocks(void **state)
{
	(void)state;
	struct cxlmb_devregs r;
	for (int t = 0; t < 20000; t++) {
		size_t len = rnd() % 0x200;
		for (size_t i = 0; i < len; i += 4)
			put32(blk + i, rnd() % 4 ? rnd() % 0x300 : rnd());
		put32(blk, rnd() % 2 ? 0x00010000 : rnd());
		(void)cxlmb_devregs_parse_bytes(blk, len, &r);
	}
}

/* Regression (issue 10): a Register Locator entry pointing outside its BAR,
 * at an absent BAR, or with a reserved RBI was accepted. */
static void test_regloc_checked_against_bars(void **state)
{
	(void)state;
	struct cxlmb_regblock rb;
	uint64_t small[CXLMB_PCI_BARS] = { 0x10000, 0, 0x10000, 0, 0, 0 };

	build_type3_cfg();
	put32(cfg + 0x158, 0x00020302); /* BIR 2, RBI 3, offset 2_0000h */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), small, CXLMB_RBI_MEMDEV, 0, &rb),
			 CXLMB_E_OUT_OF_RANGE);
	small[2] = 0x30000; /* a BAR large enough: the block has 64 KiB to its end */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), small, CXLMB_RBI_MEMDEV, 0, &rb), 0);
	assert_int_equal(rb.offset, 0x20000);
	assert_int_equal(rb.avail, 0x10000);
	put32(cfg + 0x15C, 1); /* offset high: 1_0002_0000h, past any 32-bit BAR */
	assert_int_equal(cxlmb_regloc_entry(cfg, sizeof(cfg), small, 1, &rb), CXLMB_E_OUT_OF_RANGE);
	build_type3_cfg();
	put32(cfg + 0x158, 0x00000304); /* BIR 4: not implemented */
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_MEMDEV, 0, &rb),
			 CXLMB_E_OUT_OF_RANGE);
	/* reserved identifiers 06h-FEh; CHMU (05h) and vendor (FFh) are defined */
	for (unsigned rbi = 5; rbi <= 0xFF; rbi++) {
		build_type3_cfg();
		put32(cfg + 0x160, 0x00000002u | rbi << 8);
		int rc = cxlmb_regloc_entry(cfg, sizeof(cfg), bars, 2, &rb);
		if (rbi == CXLMB_RBI_CHMU || rbi == CXLMB_RBI_VENDOR)
			assert_int_equal(rc, 0);
		else
			assert_int_equal(rc, CXLMB_E_BAD_DVSEC);
	}
	/* another block's BAR need not be known: BAR 0 (component) absent */
	build_type3_cfg();
	small[0] = 0;
	small[2] = 0x10000;
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), small, CXLMB_RBI_MEMDEV, 0, &rb), 0);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), small, CXLMB_RBI_COMPONENT, 0, &rb),
			 CXLMB_E_OUT_OF_RANGE);
	assert_int_equal(cxlmb_regloc_entry(cfg, sizeof(cfg), small, 0, &rb), CXLMB_E_OUT_OF_RANGE);
	assert_int_equal(cxlmb_regloc_entry(cfg, sizeof(cfg), NULL, 0, &rb), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), NULL, 3, 0, &rb), CXLMB_E_INVALID_ARG);
}

/* Regression (issue 10): capabilities whose registers overlap each other
 * were accepted (Memory Device Status inside the mailbox payload). */
static void test_overlapping_capabilities(void **state)
{
	(void)state;
	struct cxlmb_devregs r;

	build_block();
	cap(3, CXLMB_CAP_MEMDEV_STATUS, 0x180, 8); /* inside the primary mailbox payload */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(1, CXLMB_CAP_DEV_STATUS, 0x88, 8); /* Device Status on Memory Device Status */
	cap(3, CXLMB_CAP_MEMDEV_STATUS, 0x88, 8);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(4, 0x8001, 0x1F8, 0x40); /* a vendor capability over the mailbox's end */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(1, 0x8001, 0x100, 0x10); /* listed before the mailbox it overlaps */
	cap(4, CXLMB_CAP_DEV_STATUS, 0x80, 8);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	build_block();
	cap(4, 0x8001, 0x220, 0x40); /* adjacent, not overlapping */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	cap(4, 0x8001, 0x100, 0); /* zero length overlaps nothing */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
}

/* Regression (issue 14): cxlmb_devregs_mbox_config replaced the budgets the
 * caller had set. */
static void test_mbox_config_keeps_caller_budgets(void **state)
{
	(void)state;
	struct cxlmb_devregs r;
	struct cxlmb_mbox_config mc;

	build_block();
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	memset(&mc, 0, sizeof(mc));
	mc.cmd_timeout_ns = 123456789;
	mc.ready_timeout_ns = 5;
	mc.poll_ns = 7;
	assert_int_equal(cxlmb_devregs_mbox_config(&r, &mc), 0);
	assert_int_equal(mc.cmd_timeout_ns, 123456789);
	assert_int_equal(mc.ready_timeout_ns, 5);
	assert_int_equal(mc.poll_ns, 7);
	assert_int_equal(mc.poll_cost_ns, 100); /* unset: the default */
	assert_int_equal(mc.mbox_off, 0x100);
	assert_int_equal(mc.mbox_len, 0x120);
	assert_true(mc.has_memdev_status);
	assert_int_equal(mc.memdev_status_off, 0x88);
}

/* A backend's own error code reaches the caller (issue 14). */
static int fail_code;
static int failing_read32(void *ctx, uint32_t off, uint32_t *v)
{
	(void)ctx;
	(void)off;
	*v = 0;
	return fail_code;
}

static void test_backend_error_code_kept(void **state)
{
	(void)state;
	struct cxlmb_backend_ops ops = { .read32 = failing_read32 };
	struct cxlmb_devregs r;

	fail_code = CXLMB_E_TIMEOUT;
	assert_int_equal(cxlmb_devregs_parse(&ops, NULL, 0x1000, &r), CXLMB_E_TIMEOUT);
	fail_code = -5; /* an errno is not a CXLMB_E_* code */
	assert_int_equal(cxlmb_devregs_parse(&ops, NULL, 0x1000, &r), CXLMB_E_BACKEND);
	fail_code = CXLMB_E_COUNT_;
	assert_int_equal(cxlmb_devregs_parse(&ops, NULL, 0x1000, &r), CXLMB_E_BACKEND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regloc_checked_against_bars),
		cmocka_unit_test(test_overlapping_capabilities),
		cmocka_unit_test(test_mbox_config_keeps_caller_budgets),
		cmocka_unit_test(test_backend_error_code_kept),
		cmocka_unit_test(test_type3_register_locator),
		cmocka_unit_test(test_switch_cci_register_locator),
		cmocka_unit_test(test_hostile_config_space),
		cmocka_unit_test(test_every_truncation_of_config_space),
		cmocka_unit_test(test_random_config_spaces),
		cmocka_unit_test(test_sim_block_is_discoverable),
		cmocka_unit_test(test_hostile_capability_arrays),
		cmocka_unit_test(test_every_truncation_of_block),
		cmocka_unit_test(test_random_blocks),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
