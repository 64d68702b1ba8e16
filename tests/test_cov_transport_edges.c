/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Edges of the tunnel unwrapping and the register discovery walks that
 * the main tests do not reach: an empty response buffer, a request inside
 * a response, a header read failing on the second pass, empty capabilities
 * inside the array, overlap with every known capability, and image
 * lengths past 4 GiB. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

#if !defined(CXLMB_NO_SET_MLD_PORT)
static void test_unwrap_rsp_edges(void **state)
{
	(void)state;
	struct cxlmb_tunnel_result res;
	struct cxlmb_cci_msg inner = { .category = CXLMB_CCI_RESPONSE, .tag = 5, .command = 0x01,
				       .command_set = 0x40 };
	uint8_t buf[64];
	size_t n = 0;

	/* no bytes at all: too short for the 5300h header, at level 1 */
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(NULL, 0, 1, 5, 0x4001, CXLMB_STRICT, &res),
			 CXLMB_E_TRUNCATED);
	assert_int_equal(res.level, 1);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(NULL, 4, 1, 5, 0x4001, CXLMB_STRICT, &res),
			 CXLMB_E_INVALID_ARG);

	assert_int_equal(cxlmb_tunnel_wrap_rsp(&inner, buf, sizeof(buf), &n), CXLMB_E_OK);
	assert_int_equal(n, 4 + CXLMB_CCI_HDR_LEN);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 1, 5, 0x4001, CXLMB_STRICT, &res), CXLMB_E_OK);
	assert_int_equal(res.rc, 0);
	/* the embedded message says it is a request */
	buf[4] = (uint8_t)((buf[4] & ~0x0Fu) | CXLMB_CCI_REQUEST);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 1, 5, 0x4001, CXLMB_STRICT, &res),
			 CXLMB_E_BAD_CATEGORY);
	assert_int_equal(res.level, 1);
	/* the response length disagrees with the message (the layout's check) */
	buf[4] = (uint8_t)((buf[4] & ~0x0Fu) | CXLMB_CCI_RESPONSE);
	buf[0]++;
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 1, 5, 0x4001, CXLMB_STRICT, &res),
			 CXLMB_E_BAD_LENGTH);
}

static void test_unwrap_req_edges(void **state)
{
	(void)state;
	static const struct cxlmb_tunnel_hop path[1] = { { 3, 0 } };
	struct cxlmb_tunnel_hop hop;
	struct cxlmb_cci_msg inner;
	uint8_t buf[64];
	size_t n = 0;

	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 9, 0x0001, NULL, 0, buf, sizeof(buf), &n), CXLMB_E_OK);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, CXLMB_STRICT, &hop, &inner), CXLMB_E_OK);
	assert_int_equal(hop.target_id, 3);
	assert_int_equal(cxlmb_cci_msg_opcode(&inner), 0x0001);
	/* a command size one short of the message (the layout's check) */
	buf[2]--;
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, CXLMB_STRICT, &hop, &inner), CXLMB_E_BAD_LENGTH);
	buf[2]++;
	/* a response where a request belongs */
	buf[4] = (uint8_t)((buf[4] & ~0x0Fu) | CXLMB_CCI_RESPONSE);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, CXLMB_STRICT, &hop, &inner), CXLMB_E_BAD_CATEGORY);
}
#endif

/* ---- Device Capabilities Array (CXL r3.2 §8.2.8.1-2) ---- */
static void put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

static uint8_t blk[0x1000];

static void cap(unsigned n, uint16_t id, uint32_t off, uint32_t len)
{
	put32(blk + 0x10 * n, id | 1u << 16);
	put32(blk + 0x10 * n + 4, off);
	put32(blk + 0x10 * n + 8, len);
	put32(blk + 0x10 * n + 12, 0);
}

/* every known capability, then one vendor capability (count 5) */
static void build_all(void)
{
	memset(blk, 0, sizeof(blk));
	put32(blk + 0, 0x00010000);
	put32(blk + 4, 5);
	cap(1, CXLMB_CAP_DEV_STATUS, 0x80, 8);
	cap(2, CXLMB_CAP_PRIMARY_MBOX, 0x100, 0x20 + 256);
	cap(3, CXLMB_CAP_SECONDARY_MBOX, 0x400, 0x20 + 256);
	cap(4, CXLMB_CAP_MEMDEV_STATUS, 0x800, 8);
	cap(5, 0x8001, 0x900, 8);
}

/* reads blk, failing the fail_nth read of fail_off (1: the first) */
struct flaky {
	uint32_t fail_off;
	unsigned fail_nth, seen;
};
static int flaky_read32(void *ctx, uint32_t off, uint32_t *v)
{
	struct flaky *f = ctx;
	if (off == f->fail_off && ++f->seen == f->fail_nth)
		return CXLMB_E_TIMEOUT;
	*v = (uint32_t)blk[off] | (uint32_t)blk[off + 1] << 8 | (uint32_t)blk[off + 2] << 16 |
	     (uint32_t)blk[off + 3] << 24;
	return 0;
}

static void test_devregs_every_known_cap(void **state)
{
	(void)state;
	struct cxlmb_devregs r;

	build_all();
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OK);
	assert_true(r.dev_status.present);
	assert_true(r.secondary_mbox.present);
	assert_true(r.memdev_status.present);
	assert_int_equal(r.memdev_status.offset, 0x800);
	assert_int_equal(r.vendor_caps, 1);
	/* the vendor registers on top of each known capability in turn */
	static const uint32_t on[] = { 0x80, 0x100, 0x400, 0x800 };
	for (size_t i = 0; i < 4; i++) {
		cap(5, 0x8001, on[i], 8);
		assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
	}
	/* ending right before / starting right after one: no overlap */
	cap(5, 0x8001, 0x800 - 8, 8);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OK);
	cap(5, 0x8001, 0x808, 8);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OK);
	/* an unknown (not vendor) capability without registers, pointing into
	 * the array itself: empty, so it overlaps nothing */
	cap(5, 0x0077, 0x10, 0);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_OK);
	assert_int_equal(r.unknown_caps, 1);
	cap(5, 0x0077, 0x10, 8); /* with registers there: refused */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, sizeof(blk), &r), CXLMB_E_BAD_CAP_ARRAY);
}

static void test_devregs_read_failures(void **state)
{
	(void)state;
	const struct cxlmb_backend_ops ops = { .read32 = flaky_read32 };
	struct cxlmb_devregs r;
	struct flaky f = { 0x4, 1, 0 };

	build_all();
	/* the count word */
	assert_int_equal(cxlmb_devregs_parse(&ops, &f, sizeof(blk), &r), CXLMB_E_TIMEOUT);
	/* a header read again on the second pass (the vendor one's overlap check) */
	f = (struct flaky){ 0x10 * 5 + 8, 2, 0 };
	assert_int_equal(cxlmb_devregs_parse(&ops, &f, sizeof(blk), &r), CXLMB_E_TIMEOUT);
	assert_int_equal(f.seen, 2);
	f = (struct flaky){ 0x10 * 5 + 8, 3, 0 };
	assert_int_equal(cxlmb_devregs_parse(&ops, &f, sizeof(blk), &r), CXLMB_E_OK);
}

static void test_devregs_image_past_4gib(void **state)
{
	(void)state;
	struct cxlmb_devregs r;

	/* two vendor capabilities with registers far past the headers */
	memset(blk, 0, sizeof(blk));
	put32(blk + 0, 0x00010000);
	put32(blk + 4, 2);
	cap(1, 0x8001, 0x10000, 8);
	cap(2, 0x8002, 0x20000, 8);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, 0x20008, &r), CXLMB_E_OK);
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, 0x20007, &r), CXLMB_E_OUT_OF_RANGE);
#if SIZE_MAX > 0xFFFFFFFFu
	/* a length past 4 GiB is read as 4 GiB - 1, not cut to its low 32 bits
	 * (0x10 here: too short for the headers); only the headers are read */
	assert_int_equal(cxlmb_devregs_parse_bytes(blk, (size_t)0x100000010ull, &r), CXLMB_E_OK);
	assert_int_equal(r.vendor_caps, 2);
#endif
}

static void test_regloc_arguments(void **state)
{
	(void)state;
	static const uint8_t cfg[0x200];
	static const uint64_t bars[CXLMB_PCI_BARS] = { 0x10000 };
	struct cxlmb_regblock rb;

	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), NULL, 3, 0, &rb), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_regloc_find(cfg, sizeof(cfg), bars, 3, 0, &rb), CXLMB_E_NOT_FOUND);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
#if !defined(CXLMB_NO_SET_MLD_PORT)
		cmocka_unit_test(test_unwrap_rsp_edges),
		cmocka_unit_test(test_unwrap_req_edges),
#endif
		cmocka_unit_test(test_devregs_every_known_cap),
		cmocka_unit_test(test_devregs_read_failures),
		cmocka_unit_test(test_devregs_image_past_4gib),
		cmocka_unit_test(test_regloc_arguments),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
