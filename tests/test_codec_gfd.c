/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The rules of 4900h Identify GFD (CXL r3.2 Table 8-186, r3.1 Table 8-171)
 * and 4903h Set GFD DC Region Configuration (r3.2 Table 8-191, r3.1 Table
 * 8-176) that a layout table cannot say: block size masks checked only for
 * the regions and DMPs that exist, the request's sizes and alignments.
 * Vectors are written byte by byte from the tables, not by the encoder. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void put(uint8_t *p, unsigned off, unsigned n, uint64_t v)
{
	for (unsigned i = 0; i < n; i++)
		p[off + i] = (uint8_t)(v >> (8 * i));
}

/* one DMP, one region, both offering 2 MiB blocks; add: free; release:
 * tag-based; 1 GiB */
static void identify_gfd(uint8_t p[0x94])
{
	memset(p, 0, 0x94);
	put(p, 0x00, 1, 1);
	put(p, 0x01, 1, 1);
	put(p, 0x02, 2, 8);
	put(p, 0x04, 2, 1);
	put(p, 0x08, 2, 1);
	put(p, 0x0C, 8, 4);
	put(p, 0x14, 8, 0x200000);
	put(p, 0x54, 8, 0x200000);
}

static int dec_identify(const uint8_t *p, size_t n, unsigned flags)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	return cxlmb_cmd_decode(cxlmb_cmd_find(0x4900), CXLMB_RSP, p, n, flags, val);
}

static void test_identify_gfd_masks(void **state)
{
	(void)state;
	uint8_t p[0x94];

	identify_gfd(p);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* bits 5:0 and 63:52 of a valid region's or DMP's mask */
	p[0x14] |= 0x01;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_LENIENT), CXLMB_E_OK);
	identify_gfd(p);
	p[0x54 + 7] = 0x80;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	identify_gfd(p);
	p[0x54 + 6] = 0x10; /* bit 52 */
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	identify_gfd(p);
	p[0x54 + 6] = 0x08; /* bit 51: a block size of 2^51 */
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* a valid region with no block size */
	identify_gfd(p);
	put(p, 0x14, 8, 0);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	/* region 1 and DMP 1 are not valid with one of each: not checked */
	identify_gfd(p);
	put(p, 0x1C, 8, 0xFFFFFFFFFFFFFFFFull);
	put(p, 0x5C, 8, 0x3F);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* ... until the counts say they exist */
	p[0x01] = 2;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	p[0x01] = 1;
	p[0x00] = 2;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
}

static void test_identify_gfd_counts_and_policies(void **state)
{
	(void)state;
	uint8_t p[0x94];

	/* GFDs report 1-4 DMPs and 1-8 regions */
	identify_gfd(p);
	p[0x00] = 0;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	p[0x00] = 4;
	put(p, 0x5C, 8, 0x1000);
	put(p, 0x64, 8, 0x1000);
	put(p, 0x6C, 8, 0x1000);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	identify_gfd(p);
	p[0x01] = 0;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	p[0x01] = 9;
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_LENIENT), CXLMB_E_OK);
	/* at least one add and one removal policy; add bit 3 "must be 0" */
	identify_gfd(p);
	put(p, 0x04, 2, 0);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	put(p, 0x04, 2, 0x0F);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
	put(p, 0x04, 2, 0x07);
	put(p, 0x08, 2, 0);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_BAD_ENUM);
	put(p, 0x08, 2, 0x03);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	put(p, 0x08, 2, 0x07);
	assert_int_equal(dec_identify(p, sizeof(p), CXLMB_STRICT), CXLMB_E_RESERVED_SET);
}

/* 7Ch-8Bh are in no row of either revision's table: any value decodes and
 * comes back as it was; the answer is 94h bytes, whole */
static void test_identify_gfd_undescribed_bytes(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x4900);
	struct cxlmb_identify_gfd_rsp r;
	uint8_t p[0x94], out[0x100];
	size_t n = 0;

	identify_gfd(p);
	for (unsigned i = 0; i < 16; i++)
		p[0x7C + i] = (uint8_t)(0xA0 + i);
	put(p, 0x74, 8, 2);
	put(p, 0x8C, 8, 3);
	assert_int_equal(cxlmb_identify_gfd_rsp_decode(p, sizeof(p), CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.volatile_only, 2);
	assert_int_equal(r.persistent_only, 3);
	assert_int_equal(r.undescribed_7c[0], 0xA0);
	assert_int_equal(r.undescribed_7c[15], 0xAF);
	assert_int_equal(cxlmb_identify_gfd_rsp_encode(&r, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, sizeof(p));
	assert_memory_equal(out, p, sizeof(p));
	/* the 84h-byte reading (8Ch as an erratum for 7Ch) is not accepted */
	assert_int_equal(dec_identify(p, 0x84, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	assert_int_equal(dec_identify(p, 0x93, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* Identify GFD takes no input */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, p, 1, CXLMB_STRICT, out), CXLMB_E_OVERSIZE);
	/* the encoder refuses what a strict decoder refuses */
	r.region_bsm[0] |= 1ull << 63;
	assert_int_equal(cxlmb_identify_gfd_rsp_encode(&r, out, sizeof(out), &n),
			 CXLMB_E_RESERVED_SET);
}

/* region 0, 256 MiB blocks, 512 MiB of a 1 GiB decode at 4 GiB */
static void set_region(uint8_t p[0x28])
{
	memset(p, 0, 0x28);
	put(p, 0x04, 8, 0x10000000);
	put(p, 0x10, 8, 0x100000000ull);
	put(p, 0x18, 8, 0x40000000);
	put(p, 0x20, 8, 0x20000000);
}

static int dec_set(const uint8_t *p, size_t n, unsigned flags)
{
	static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	return cxlmb_cmd_decode(cxlmb_cmd_find(0x4903), CXLMB_REQ, p, n, flags, val);
}

static void test_set_gfd_dc_region_rules(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x4903);
	uint8_t p[0x28];
	struct cxlmb_set_gfd_dc_region_req q;
	uint8_t out[0x40];
	size_t n = 0;

	set_region(p);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* the block size: a power of 2 and a multiple of 40h */
	put(p, 0x04, 8, 0x20);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	put(p, 0x04, 8, 0);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	put(p, 0x04, 8, 0x30000000);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_LENIENT), CXLMB_E_OK);
	put(p, 0x04, 8, 0x40);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* base and decode length in 256 MiB units */
	set_region(p);
	put(p, 0x10, 8, 0x100200000ull);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	set_region(p);
	put(p, 0x18, 8, 0x48000000);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	/* the length: whole blocks, within the decode length */
	set_region(p);
	put(p, 0x20, 8, 0x28000000);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	put(p, 0x20, 8, 0x50000000);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_VALUE_RANGE);
	put(p, 0x20, 8, 0x40000000);
	assert_int_equal(dec_set(p, sizeof(p), CXLMB_STRICT), CXLMB_E_OK);
	/* the r3.2 first sheet alone (0Ch bytes) and 5602h's 10h-byte form
	 * are not a whole request */
	assert_int_equal(dec_set(p, 0x0C, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	assert_int_equal(dec_set(p, 0x10, CXLMB_STRICT), CXLMB_E_TRUNCATED);
	/* no output payload */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, 0, CXLMB_STRICT, out), CXLMB_E_OK);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, 1, CXLMB_STRICT, out), CXLMB_E_OVERSIZE);
	/* the encoder refuses a length past the decode length */
	set_region(p);
	assert_int_equal(cxlmb_set_gfd_dc_region_req_decode(p, sizeof(p), CXLMB_STRICT, &q),
			 CXLMB_E_OK);
	q.length = q.decode_length + q.block_size;
	assert_int_equal(cxlmb_set_gfd_dc_region_req_encode(&q, out, sizeof(out), &n),
			 CXLMB_E_VALUE_RANGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identify_gfd_masks),
		cmocka_unit_test(test_identify_gfd_counts_and_policies),
		cmocka_unit_test(test_identify_gfd_undescribed_bytes),
		cmocka_unit_test(test_set_gfd_dc_region_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
