/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Discovery where test_discover.c does not go: argument checks, the
 * secondary mailbox capability, a backend failing on the last read of a
 * capability header, a configuration image longer than PCIe's 4 KiB, and
 * Register Locator entries asked for past the end or left empty. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

/* A Device Capabilities Array (CXL r3.2 §8.2.8.1-2): header at 0, then
 * one 16-byte capability header per entry. */
static uint8_t blk[0x1000];

static void cap(unsigned n, uint16_t id, uint32_t off, uint32_t len)
{
	put32(blk + 0x10 * n, id | 1u << 16);
	put32(blk + 0x10 * n + 4, off);
	put32(blk + 0x10 * n + 8, len);
	put32(blk + 0x10 * n + 12, 0);
}

static void build_block(unsigned count)
{
	memset(blk, 0, sizeof(blk));
	put32(blk + 0, 0x00010000); /* ID 0, version 1 */
	put32(blk + 4, count);
	cap(1, CXLMB_CAP_PRIMARY_MBOX, 0x100, 0x20 + 256);
	cap(2, CXLMB_CAP_SECONDARY_MBOX, 0x400, 0x20 + 512);
}

/* Headers that fill the block exactly are fine; one byte less is not. */
static void test_array_filling_the_block(void **state)
{
	struct cxlmb_devregs r;
	(void)state;

	memset(blk, 0, sizeof(blk));
	put32(blk + 0, 0x00010000);
	put32(blk + 4, 2);
	cap(1, 0x8001, 0x30, 0); /* vendor capabilities with no registers */
	cap(2, 0x8002, 0x30, 0);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, 0x30, &r), 0);
	assert_int_equal(r.vendor_caps, 2);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, 0x2F, &r), CXLMB_E_OUT_OF_RANGE);
}

static void test_secondary_mailbox(void **state)
{
	struct cxlmb_devregs r;
	(void)state;

	build_block(2);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	assert_true(r.primary_mbox.present);
	assert_true(r.secondary_mbox.present);
	assert_int_equal(r.secondary_mbox.offset, 0x400);
	assert_int_equal(r.secondary_mbox.length, 0x20 + 512);
	assert_int_equal(r.secondary_mbox.version, 1);
	/* shorter than a mailbox with the smallest payload (20h + 256) */
	cap(2, CXLMB_CAP_SECONDARY_MBOX, 0x400, 0x20 + 255);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OUT_OF_RANGE);
	/* listed twice */
	build_block(3);
	cap(3, CXLMB_CAP_SECONDARY_MBOX, 0x800, 0x20 + 256);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	/* overlapping the primary mailbox */
	build_block(2);
	cap(2, CXLMB_CAP_SECONDARY_MBOX, 0x108, 0x20 + 256);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
}

/* reads the image, failing at one offset */
static uint32_t fail_off;
static int image_read32(void *ctx, uint32_t off, uint32_t *v)
{
	const uint8_t *p = ctx;
	if (off == fail_off)
		return CXLMB_E_TIMEOUT;
	*v = (uint32_t)p[off] | (uint32_t)p[off + 1] << 8 | (uint32_t)p[off + 2] << 16 |
	     (uint32_t)p[off + 3] << 24;
	return 0;
}

static void test_each_header_read_can_fail(void **state)
{
	const struct cxlmb_backend_ops ops = { .read32 = image_read32 };
	struct cxlmb_devregs r;
	(void)state;

	build_block(2);
	fail_off = 0xFFFFFFFFu;
	assert_int_equal(cxlmb_devregs_parse(&ops, blk, sizeof(blk), &r), 0);
	/* ID and version, offset, length of the second header */
	for (uint32_t off = 0x20; off <= 0x28; off += 4) {
		fail_off = off;
		assert_int_equal(cxlmb_devregs_parse(&ops, blk, sizeof(blk), &r), CXLMB_E_TIMEOUT);
	}
}

static void test_devregs_arguments(void **state)
{
	const struct cxlmb_backend_ops no_read = { 0 };
	const struct cxlmb_backend_ops ops = { .read32 = image_read32 };
	struct cxlmb_devregs r;
	struct cxlmb_mbox_config mc;
	(void)state;

	build_block(2);
	fail_off = 0xFFFFFFFFu;
	assert_int_equal(cxlmb_devregs_parse(NULL, blk, sizeof(blk), &r), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_parse(&no_read, blk, sizeof(blk), &r), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_parse(&ops, blk, sizeof(blk), NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_parse_bytes(NULL, 16, &r), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), 0);
	assert_int_equal(cxlmb_devregs_mbox_config(NULL, &mc), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_mbox_config(&r, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_devregs_mbox_config(&r, &mc), 0);
	assert_int_equal(mc.mbox_off, 0x100);
	assert_int_equal(mc.mbox_len, 0x20 + 256);
}

/* PCI configuration space with one CXL Register Locator DVSEC (CXL r3.2
 * §8.1.9): entries BIR 0 / RBI 1, BIR 2 / RBI 3, and an empty one. */
static uint8_t cfg[8192];
static const uint64_t bars[CXLMB_PCI_BARS] = { 0x10000, 0, 0x10000, 0, 0, 0 };

static void build_cfg(void)
{
	memset(cfg, 0, sizeof(cfg));
	put32(cfg + 0x100, 0x0023 | 1u << 16);      /* DVSEC, the last capability */
	put32(cfg + 0x104, 0x1E98 | 0x24u << 20);   /* CXL, length 24h */
	put32(cfg + 0x108, 0x0008);                 /* Register Locator */
	put32(cfg + 0x10C, 0x00000100);
	put32(cfg + 0x114, 0x00000302);
	put32(cfg + 0x11C, 0);
}

static void test_register_locator_edges(void **state)
{
	struct cxlmb_regblock rb;
	uint32_t off = 0, len = 0, count = 0;
	(void)state;

	build_cfg();
	assert_int_equal(cxlmb_regloc_count(cfg, 4096, &count), 0);
	assert_int_equal(count, 3);
	assert_int_equal(cxlmb_regloc_count(cfg, 4096, NULL), CXLMB_E_INVALID_ARG);
	/* an image longer than configuration space is read as its first 4 KiB */
	put32(cfg + 0x100, 0x0023 | 1u << 16 | 0xFFCu << 20); /* next: FFCh */
	put32(cfg + 0xFFC, 0x0023 | 1u << 16 | 0x1000u << 20); /* next past 4 KiB */
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x1E98, 0x0009, &off, &len),
			 cxlmb_dvsec_find(cfg, 4096, 0x1E98, 0x0009, &off, &len));
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x1E98, 0x0009, &off, &len),
			 CXLMB_E_OUT_OF_RANGE);
	assert_int_equal(cxlmb_dvsec_find(cfg, sizeof(cfg), 0x1E98, 0x0008, &off, &len), 0);
	assert_int_equal(off, 0x100);
	build_cfg();

	/* entry 2 is empty: found, nothing in it, no BAR to check */
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 2, &rb), 0);
	assert_int_equal(rb.rbi, CXLMB_RBI_EMPTY);
	assert_int_equal(rb.avail, 0);
	/* past the last entry */
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 3, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 1, &rb), 0);
	assert_int_equal(rb.bir, 2);
	assert_int_equal(rb.avail, 0x10000);
	/* an empty entry's BAR field means nothing, even a reserved one */
	put32(cfg + 0x11C, 0x00000007);
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 2, &rb), 0);
	assert_int_equal(rb.rbi, CXLMB_RBI_EMPTY);
	/* what follows the locator is not an entry of it */
	put32(cfg + 0x124, 0x00000400); /* would be BIR 0, RBI 4 */
	assert_int_equal(cxlmb_regloc_find(cfg, 4096, bars, 4, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_find(cfg, 4096, bars, 3, 0, &rb), 0);
	assert_int_equal(rb.bir, 2);
	assert_int_equal(cxlmb_dvsec_find(NULL, 4096, 0x1E98, 0x0008, &off, &len),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_dvsec_find(cfg, 4096, 0x1E98, 0x0008, NULL, &len),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_dvsec_find(cfg, 4096, 0x1E98, 0x0008, &off, NULL),
			 CXLMB_E_INVALID_ARG);
	/* no locator at all: its absence is what each look-up says */
	memset(cfg + 0x100, 0, 4);
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_find(cfg, 4096, bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, bars, 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_regloc_entry(cfg, 4096, NULL, 0, &rb), CXLMB_E_INVALID_ARG);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_array_filling_the_block),
		cmocka_unit_test(test_secondary_mailbox),
		cmocka_unit_test(test_each_header_read_can_fail),
		cmocka_unit_test(test_devregs_arguments),
		cmocka_unit_test(test_register_locator_edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
