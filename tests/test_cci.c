/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* CCI message framing and Tunnel Management nesting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void test_header_vectors(void **state)
{
	(void)state;
	/* request, tag 5Ah, Identify Memory Device (set 40h, command 00h), no payload */
	static const uint8_t req[12] = { 0x00, 0x5A, 0x00, 0x00, 0x40, 0, 0, 0, 0, 0, 0, 0 };
	/* response, tag 07h, Background Operation Status, 3 bytes, BO set, rc 1, vendor BEEFh */
	static const uint8_t rsp[15] = { 0x01, 0x07, 0x00, 0x02, 0x00, 0x03, 0x00, 0x80,
					 0x01, 0x00, 0xEF, 0xBE, 0xAA, 0xBB, 0xCC };
	struct cxlmb_cci_msg m;
	uint8_t out[32];
	size_t n;

	assert_int_equal(cxlmb_cci_msg_decode(req, sizeof(req), CXLMB_STRICT, &m), 0);
	assert_int_equal(m.category, CXLMB_CCI_REQUEST);
	assert_int_equal(m.tag, 0x5A);
	assert_int_equal(cxlmb_cci_msg_opcode(&m), 0x4000);
	assert_int_equal(m.payload_len, 0);
	assert_int_equal(cxlmb_cci_msg_encode(&m, out, sizeof(out), &n), 0);
	assert_int_equal(n, 12);
	assert_memory_equal(out, req, 12);

	assert_int_equal(cxlmb_cci_msg_decode(rsp, sizeof(rsp), CXLMB_STRICT, &m), 0);
	assert_int_equal(m.category, CXLMB_CCI_RESPONSE);
	assert_int_equal(cxlmb_cci_msg_opcode(&m), 0x0002);
	assert_int_equal(m.payload_len, 3);
	assert_int_equal(m.bg, 1);
	assert_int_equal(m.rc, 1);
	assert_int_equal(m.vendor_status, 0xBEEF);
	assert_ptr_equal(m.payload.data, rsp + 12);
	assert_int_equal(cxlmb_cci_msg_encode(&m, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(rsp));
	assert_memory_equal(out, rsp, sizeof(rsp));
	assert_int_equal(cxlmb_cci_msg_encode(&m, out, 14, &n), CXLMB_E_BUF_TOO_SMALL);
}

static void test_header_errors(void **state)
{
	(void)state;
	uint8_t b[16] = { 0x01, 0x07, 0x00, 0x02, 0x00, 0x04, 0x00, 0x00, 0, 0, 0, 0, 1, 2, 3, 4 };
	struct cxlmb_cci_msg m;

	for (size_t k = 0; k < 12; k++)
		assert_int_equal(cxlmb_cci_msg_decode(b, k, CXLMB_STRICT, &m), CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_STRICT, &m), 0);
	/* the header's length never overrides the bytes present */
	for (size_t k = 12; k < 16; k++)
		assert_int_equal(cxlmb_cci_msg_decode(b, k, CXLMB_STRICT, &m), CXLMB_E_BAD_LENGTH);
	b[5] = 0x03;
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_STRICT, &m), CXLMB_E_BAD_LENGTH);
	b[5] = 0xFF;
	b[6] = 0xFF;
	b[7] = 0x1F; /* 21-bit length of 2 MiB - 1 in a 16-byte message */
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_LENIENT, &m), CXLMB_E_BAD_LENGTH);
	b[5] = 0x04;
	b[6] = 0;
	b[7] = 0x20; /* reserved bit 21 */
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_STRICT, &m), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_LENIENT, &m), 0);
	b[7] = 0;
	b[0] = 0x11; /* reserved category bits */
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_STRICT, &m), CXLMB_E_RESERVED_SET);
	b[0] = 0x02; /* neither request nor response */
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_LENIENT, &m), CXLMB_E_BAD_CATEGORY);
	b[0] = 0x01;
	b[2] = 0x01;
	assert_int_equal(cxlmb_cci_msg_decode(b, 16, CXLMB_STRICT, &m), CXLMB_E_RESERVED_SET);
}

static void test_match(void **state)
{
	(void)state;
	struct cxlmb_cci_msg req = { .category = 0, .tag = 3, .command = 0x00, .command_set = 0x40 };
	struct cxlmb_cci_msg rsp = req;
	rsp.category = 1;
	assert_int_equal(cxlmb_cci_match(&req, &rsp), 0);
	rsp.tag = 4;
	assert_int_equal(cxlmb_cci_match(&req, &rsp), CXLMB_E_TAG_MISMATCH);
	rsp.tag = 3;
	rsp.command = 1;
	assert_int_equal(cxlmb_cci_match(&req, &rsp), CXLMB_E_TAG_MISMATCH);
	rsp.command = 0;
	rsp.command_set = 0x41;
	assert_int_equal(cxlmb_cci_match(&req, &rsp), CXLMB_E_TAG_MISMATCH);
	rsp.command_set = 0x40;
	rsp.category = 0;
	assert_int_equal(cxlmb_cci_match(&req, &rsp), CXLMB_E_BAD_CATEGORY);
}

static void test_wrap_depth1_and_2_bytes(void **state)
{
	(void)state;
	static const uint8_t d1[16] = { 0x01, 0x00, 0x0C, 0x00,
					0x00, 0x11, 0x00, 0x00, 0x40, 0, 0, 0, 0, 0, 0, 0 };
	static const uint8_t d2[32] = { 0x01, 0x00, 0x1C, 0x00,
					0x00, 0x11, 0x00, 0x00, 0x53, 0x10, 0x00, 0x00, 0, 0, 0, 0,
					0x00, 0x00, 0x0C, 0x00,
					0x00, 0x11, 0x00, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0 };
	struct cxlmb_tunnel_hop p1[1] = { { 1, 0 } }, p2[2] = { { 1, 0 }, { 0, 0 } };
	uint8_t out[64];
	size_t n;

	assert_int_equal(cxlmb_tunnel_wrap(p1, 1, 0x11, 0x4000, NULL, 0, out, sizeof(out), &n), 0);
	assert_int_equal(n, 16);
	assert_memory_equal(out, d1, 16);
	assert_int_equal(cxlmb_tunnel_wrap(p2, 2, 0x11, 0x0001, NULL, 0, out, sizeof(out), &n), 0);
	assert_int_equal(n, 32);
	assert_memory_equal(out, d2, 32);
	/* the outer layer is a valid 5300h request through the catalog */
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x5300), CXLMB_REQ, out, n, CXLMB_STRICT, val), 0);
	assert_int_equal(cxlmb_tunnel_wrap(p2, 2, 0x11, 0x0001, NULL, 0, out, 31, &n), CXLMB_E_BUF_TOO_SMALL);
}

static void test_depth_bound(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH + 1] = { { 0, 0 } };
	struct cxlmb_tunnel_result r;
	uint8_t out[256];
	size_t n;
	assert_int_equal(cxlmb_tunnel_wrap(path, CXLMB_TUNNEL_MAX_DEPTH + 1, 0, 1, NULL, 0, out,
					   sizeof(out), &n), CXLMB_E_DEPTH);
	assert_int_equal(cxlmb_tunnel_wrap(path, 0, 0, 1, NULL, 0, out, sizeof(out), &n), CXLMB_E_DEPTH);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(out, 16, CXLMB_TUNNEL_MAX_DEPTH + 1, 0, 1, 0, &r),
			 CXLMB_E_DEPTH);
	static uint8_t big[0x10000];
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 1, big, 0xFFF4, out, sizeof(out), &n),
			 CXLMB_E_VALUE_RANGE);
}

/* A device's answer through depth levels: innermost response, then 5300h
 * responses around it (built with the device-side helper). */
static size_t build_rsp(unsigned depth, uint8_t tag, uint16_t opcode, const uint8_t *pl, size_t len,
			uint16_t inner_rc, uint8_t *buf, size_t cap)
{
	static uint8_t tmp[2][1024];
	struct cxlmb_cci_msg m = { .category = 1, .tag = tag, .command = (uint8_t)opcode,
				   .command_set = (uint8_t)(opcode >> 8), .rc = inner_rc,
				   .payload = { pl, (uint32_t)len } };
	size_t n = 0;
	int cur = 0;
	for (unsigned lvl = depth; lvl >= 1; lvl--) {
		assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, tmp[cur], sizeof(tmp[cur]), &n), 0);
		m = (struct cxlmb_cci_msg){ .category = 1, .tag = tag, .command = 0x00, .command_set = 0x53,
					    .payload = { tmp[cur], (uint32_t)n } };
		cur ^= 1;
	}
	assert_true(n <= cap);
	memcpy(buf, tmp[cur ^ 1], n);
	return n;
}

static void test_unwrap_every_depth(void **state)
{
	(void)state;
	static const uint8_t pl[4] = { 0xDE, 0xAD, 0xBE, 0xEF };
	static const uint8_t d1[20] = { 0x10, 0x00, 0x00, 0x00,
					0x01, 0x11, 0x00, 0x00, 0x40, 0x04, 0x00, 0x00, 0, 0, 0, 0,
					0xDE, 0xAD, 0xBE, 0xEF };
	uint8_t buf[512];
	struct cxlmb_tunnel_result r;

	size_t n = build_rsp(1, 0x11, 0x4000, pl, 4, 0, buf, sizeof(buf));
	assert_int_equal(n, sizeof(d1));
	assert_memory_equal(buf, d1, n); /* byte-exact, written from the layout */

	for (unsigned depth = 1; depth <= CXLMB_TUNNEL_MAX_DEPTH; depth++) {
		n = build_rsp(depth, 0x22, 0x4000, pl, 4, 0, buf, sizeof(buf));
		assert_int_equal(n, depth * 16 + 4);
		assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, depth, 0x22, 0x4000, CXLMB_STRICT, &r), 0);
		assert_int_equal(r.level, depth);
		assert_int_equal(r.rc, 0);
		assert_int_equal(r.payload.len, 4);
		assert_memory_equal(r.payload.data, pl, 4);
		assert_true(r.payload.data >= buf && r.payload.data + 4 <= buf + n);
		/* the wrong tag or the wrong opcode at the bottom */
		assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, depth, 0x23, 0x4000, 0, &r), CXLMB_E_TAG_MISMATCH);
		assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, depth, 0x22, 0x4001, 0, &r), CXLMB_E_TAG_MISMATCH);
		assert_int_equal(r.level, depth);
		/* every truncation fails somewhere, never reads past n (ASan) */
		for (size_t k = 0; k < n; k++)
			assert_int_not_equal(cxlmb_tunnel_unwrap_rsp(buf, k, depth, 0x22, 0x4000, 0, &r), 0);
		/* each level's response length, one too long and one too short */
		for (unsigned lvl = 1; lvl <= depth; lvl++) {
			size_t off = (lvl - 1) * 16;
			uint16_t rl = (uint16_t)(buf[off] | buf[off + 1] << 8);
			for (int d = -1; d <= 1; d += 2) {
				uint8_t bad[512];
				memcpy(bad, buf, n);
				bad[off] = (uint8_t)(rl + d);
				bad[off + 1] = (uint8_t)((rl + d) >> 8);
				assert_int_equal(cxlmb_tunnel_unwrap_rsp(bad, n, depth, 0x22, 0x4000, 0, &r),
						 CXLMB_E_BAD_LENGTH);
				assert_int_equal(r.level, lvl);
			}
		}
	}
}

static void test_inner_errors_surface(void **state)
{
	(void)state;
	uint8_t buf[512];
	struct cxlmb_tunnel_result r;
	size_t n = build_rsp(3, 1, 0x4000, NULL, 0, 0x0003, buf, sizeof(buf));
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 3, 1, 0x4000, CXLMB_STRICT, &r), 0);
	assert_int_equal(r.rc, 0x0003);
	assert_int_equal(r.level, 3);
	/* a hop that failed: an intermediate 5300h with Invalid Input and no payload */
	struct cxlmb_cci_msg m = { .category = 1, .tag = 1, .command = 0, .command_set = 0x53, .rc = 2 };
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, buf, sizeof(buf), &n), 0);
	/* a distinct error, not OK: the caller cannot mistake it for the answer */
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 3, 1, 0x4000, CXLMB_STRICT, &r), CXLMB_E_ROUTE);
	assert_int_equal(r.rc, 2);
	assert_int_equal(r.level, 1);
}

static void test_device_side_unwrap(void **state)
{
	(void)state;
	struct cxlmb_tunnel_hop path[3] = { { 1, 0 }, { 0, 0 }, { 2, 1 } };
	static const uint8_t pl[2] = { 0x10, 0x20 };
	uint8_t out[256];
	size_t n;
	struct cxlmb_tunnel_hop hop;
	struct cxlmb_cci_msg inner;
	const uint8_t *p = out;
	size_t len;

	assert_int_equal(cxlmb_tunnel_wrap(path, 3, 9, 0x0004, pl, 2, out, sizeof(out), &n), 0);
	len = n;
	for (unsigned lvl = 0; lvl < 3; lvl++) {
		assert_int_equal(cxlmb_tunnel_unwrap_req(p, len, CXLMB_STRICT, &hop, &inner), 0);
		assert_int_equal(hop.target_id, path[lvl].target_id);
		assert_int_equal(hop.target_type, path[lvl].target_type);
		assert_int_equal(inner.tag, 9);
		assert_int_equal(cxlmb_cci_msg_opcode(&inner), lvl < 2 ? 0x5300 : 0x0004);
		p = inner.payload.data;
		len = inner.payload.len;
	}
	assert_int_equal(len, 2);
	assert_memory_equal(p, pl, 2);
	/* a command size that disagrees with the message */
	out[2]++;
	assert_int_equal(cxlmb_tunnel_unwrap_req(out, n, 0, &hop, &inner), CXLMB_E_BAD_LENGTH);
}

static uint32_t rng = 0xFEEDu;
static uint8_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return (uint8_t)rng;
}

static void test_random_bytes(void **state)
{
	(void)state;
	uint8_t buf[128];
	struct cxlmb_tunnel_result r;
	struct cxlmb_cci_msg m;
	struct cxlmb_tunnel_hop hop;
	for (int t = 0; t < 50000; t++) {
		size_t n = rnd() % sizeof(buf);
		for (size_t k = 0; k < n; k++)
			buf[k] = rnd();
		if (n >= 2 && (t & 1)) { /* plausible lengths */
			buf[0] = (uint8_t)(n - 4);
			buf[1] = 0;
		}
		(void)cxlmb_tunnel_unwrap_rsp(buf, n, 1 + (unsigned)(t % CXLMB_TUNNEL_MAX_DEPTH), buf[5], 0x5300, t & 2 ? CXLMB_STRICT : 0, &r);
		(void)cxlmb_cci_msg_decode(buf, n, 0, &m);
		(void)cxlmb_tunnel_unwrap_req(buf, n, 0, &hop, &m);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_header_vectors),
		cmocka_unit_test(test_header_errors),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_wrap_depth1_and_2_bytes),
		cmocka_unit_test(test_depth_bound),
		cmocka_unit_test(test_unwrap_every_depth),
		cmocka_unit_test(test_inner_errors_surface),
		cmocka_unit_test(test_device_side_unwrap),
		cmocka_unit_test(test_random_bytes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
