/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* CCI messages and tunnels (cci.h): the argument checks, the category and
 * depth bounds, and the device side of a 5300h (unwrap a request, wrap a
 * response) refusing what it cannot carry.  test_cci.c covers the round
 * trips. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void test_message_arguments_and_category(void **state)
{
	struct cxlmb_cci_msg m = { CXLMB_CCI_REQUEST, 7, 0x01, 0x00, 0, 0, 0, 0, { NULL, 0 } };
	struct cxlmb_cci_msg r;
	uint8_t buf[32];
	size_t n = 0;
	(void)state;

	assert_int_equal(cxlmb_cci_msg_encode(NULL, buf, sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cci_msg_encode(&m, buf, sizeof(buf), &n), 0);
	assert_int_equal(n, CXLMB_CCI_HDR_LEN);
	assert_int_equal(cxlmb_cci_msg_decode(buf, n, CXLMB_STRICT, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cci_msg_decode(buf, n, CXLMB_STRICT, &r), 0);
	assert_int_equal(r.tag, 7);

	/* categories 2..15 are neither request nor response */
	m.category = CXLMB_CCI_RESPONSE + 1;
	assert_int_equal(cxlmb_cci_msg_encode(&m, buf, sizeof(buf), &n), CXLMB_E_BAD_CATEGORY);
	buf[0] = CXLMB_CCI_RESPONSE + 1;
	assert_int_equal(cxlmb_cci_msg_decode(buf, CXLMB_CCI_HDR_LEN, 0, &r), CXLMB_E_BAD_CATEGORY);
	m.category = CXLMB_CCI_RESPONSE;
	assert_int_equal(cxlmb_cci_msg_encode(&m, buf, sizeof(buf), &n), 0);
	assert_int_equal(buf[0], CXLMB_CCI_RESPONSE);

	/* the header's length is never trusted over the bytes present */
	m.payload.data = (const uint8_t *)"\x01\x02";
	m.payload.len = 2;
	assert_int_equal(cxlmb_cci_msg_encode(&m, buf, sizeof(buf), &n), 0);
	assert_int_equal(n, CXLMB_CCI_HDR_LEN + 2);
	assert_int_equal(cxlmb_cci_msg_decode(buf, n, 0, &r), 0);
	assert_int_equal(r.payload.len, 2);
	assert_int_equal(cxlmb_cci_msg_decode(buf, n - 1, 0, &r), CXLMB_E_BAD_LENGTH);
}

/* A Command Effects Log is whole 4-byte entries (CXL r3.2 Table 8-75). */
static void test_cel_validate(void **state)
{
	const uint8_t cel[8] = { 0x01, 0x00, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00 };
	uint32_t count = 99;
	(void)state;

	assert_int_equal(cxlmb_cel_validate(cel, sizeof(cel), CXLMB_STRICT, &count), 0);
	assert_int_equal(count, 2);
	assert_int_equal(cxlmb_cel_validate(NULL, 0, CXLMB_STRICT, &count), 0);
	assert_int_equal(count, 0);
	count = 99;
	assert_int_equal(cxlmb_cel_validate(cel, 6, CXLMB_STRICT, &count), CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(count, 99);
	assert_int_equal(cxlmb_cel_validate(NULL, 4, CXLMB_STRICT, &count), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cel_validate(cel, 4, CXLMB_STRICT, NULL), CXLMB_E_INVALID_ARG);
}

static void test_match(void **state)
{
	struct cxlmb_cci_msg q = { CXLMB_CCI_REQUEST, 3, 0x00, 0x40, 0, 0, 0, 0, { NULL, 0 } };
	struct cxlmb_cci_msg a = q;
	(void)state;

	a.category = CXLMB_CCI_RESPONSE;
	assert_int_equal(cxlmb_cci_match(&q, &a), 0);
	assert_int_equal(cxlmb_cci_match(NULL, &a), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cci_match(&q, NULL), CXLMB_E_INVALID_ARG);
	/* a response to a response, a request answering a request */
	assert_int_equal(cxlmb_cci_match(&a, &a), CXLMB_E_BAD_CATEGORY);
	assert_int_equal(cxlmb_cci_match(&q, &q), CXLMB_E_BAD_CATEGORY);
	/* each of tag, command and command set must agree */
	a.tag = 4;
	assert_int_equal(cxlmb_cci_match(&q, &a), CXLMB_E_TAG_MISMATCH);
	a.tag = 3;
	a.command = 1;
	assert_int_equal(cxlmb_cci_match(&q, &a), CXLMB_E_TAG_MISMATCH);
	a.command = 0;
	a.command_set = 0x41;
	assert_int_equal(cxlmb_cci_match(&q, &a), CXLMB_E_TAG_MISMATCH);
}

static void test_wrap_bounds(void **state)
{
	struct cxlmb_tunnel_hop path[CXLMB_TUNNEL_MAX_DEPTH + 1] = { { 1, 0 } };
	const uint8_t p[2] = { 0xAB, 0xCD };
	uint8_t buf[256];
	size_t n = 0;
	struct cxlmb_tunnel_result res;
	(void)state;

	assert_int_equal(cxlmb_tunnel_wrap(NULL, 1, 0, 0x4000, p, 2, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, 2, NULL, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, 2, buf, sizeof(buf), NULL),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, NULL, 2, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap(path, 0, 0, 0x4000, p, 2, buf, sizeof(buf), &n),
			 CXLMB_E_DEPTH);
	assert_int_equal(cxlmb_tunnel_wrap(path, CXLMB_TUNNEL_MAX_DEPTH + 1, 0, 0x4000, p, 2, buf,
					   sizeof(buf), &n), CXLMB_E_DEPTH);
	assert_int_equal(cxlmb_tunnel_wrap(path, CXLMB_TUNNEL_MAX_DEPTH, 0, 0x4000, p, 2, buf,
					   sizeof(buf), &n), 0);
	/* each level: a 4-byte tunnel header and a 12-byte message header */
	assert_int_equal(n, CXLMB_TUNNEL_MAX_DEPTH * 16u + 2);
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, CXLMB_PAYLOAD_MAX + 1u, buf,
					   sizeof(buf), &n), CXLMB_E_VALUE_RANGE);
	/* a length so large the total would wrap around is out of range too */
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, SIZE_MAX - 8, buf, sizeof(buf),
					   &n), CXLMB_E_VALUE_RANGE);
	/* exactly the room it needs, and one byte less */
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, 2, buf, 18, &n), 0);
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 0, 0x4000, p, 2, buf, 17, &n),
			 CXLMB_E_BUF_TOO_SMALL);

	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, 4, 1, 0, 0x4000, 0, NULL),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(NULL, 4, 1, 0, 0x4000, 0, &res),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, 4, 0, 0, 0x4000, 0, &res), CXLMB_E_DEPTH);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, 4, CXLMB_TUNNEL_MAX_DEPTH + 1, 0, 0x4000, 0,
						 &res), CXLMB_E_DEPTH);
}

static void test_device_side(void **state)
{
	const uint8_t p[2] = { 0xAB, 0xCD };
	struct cxlmb_tunnel_hop path[1] = { { 5, 1 } }, hop;
	struct cxlmb_cci_msg inner, rsp = { CXLMB_CCI_RESPONSE, 1, 0x00, 0x40, 0, 0, 0, 0,
					    { p, 2 } };
	uint8_t buf[64], out[64];
	size_t n = 0, m = 0;
	(void)state;

	/* a request the host wrapped comes apart into its hop and message */
	assert_int_equal(cxlmb_tunnel_wrap(path, 1, 9, 0x4000, p, 2, buf, sizeof(buf), &n), 0);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, CXLMB_STRICT, &hop, &inner), 0);
	assert_int_equal(hop.target_id, 5);
	assert_int_equal(hop.target_type, 1);
	assert_int_equal(inner.tag, 9);
	assert_int_equal(cxlmb_cci_msg_opcode(&inner), 0x4000);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, 0, NULL, &inner), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, 0, &hop, NULL), CXLMB_E_INVALID_ARG);
	/* too short for the 4-byte header */
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, 3, 0, &hop, &inner), CXLMB_E_TRUNCATED);
	/* the command size says one byte more than the message has */
	buf[2] = (uint8_t)(buf[2] + 1);
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, 0, &hop, &inner), CXLMB_E_BAD_LENGTH);
	buf[2] = (uint8_t)(buf[2] - 1);
	/* a message that is not a CCI message */
	buf[4] = 0x0F;
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, 0, &hop, &inner), CXLMB_E_BAD_CATEGORY);
	/* a response carried where a request should be */
	buf[4] = CXLMB_CCI_RESPONSE;
	assert_int_equal(cxlmb_tunnel_unwrap_req(buf, n, 0, &hop, &inner), CXLMB_E_BAD_CATEGORY);

	/* the answer wrapped back: header, then the message */
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, out, sizeof(out), &m), 0);
	assert_int_equal(m, 4 + CXLMB_CCI_HDR_LEN + 2);
	assert_int_equal(out[0], CXLMB_CCI_HDR_LEN + 2);
	assert_int_equal(out[1], 0);
	assert_int_equal(cxlmb_tunnel_wrap_rsp(NULL, out, sizeof(out), &m), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, NULL, sizeof(out), &m), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, out, sizeof(out), NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, out, 3, &m), CXLMB_E_BUF_TOO_SMALL);
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, out, 4, &m), CXLMB_E_BUF_TOO_SMALL);
	rsp.category = CXLMB_CCI_REQUEST;
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, out, sizeof(out), &m), CXLMB_E_BAD_CATEGORY);

	/* the response length field is 16 bits: a message past 64 KiB cannot
	 * be wrapped, however much room there is */
	{
		static uint8_t big[0x10000], room[0x10100];
		rsp.category = CXLMB_CCI_RESPONSE;
		rsp.payload.data = big;
		rsp.payload.len = 0xFFFF - CXLMB_CCI_HDR_LEN;
		assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, room, sizeof(room), &m), 0);
		assert_int_equal(m, 4 + 0xFFFF);
		rsp.payload.len++;
		assert_int_equal(cxlmb_tunnel_wrap_rsp(&rsp, room, sizeof(room), &m),
				 CXLMB_E_VALUE_RANGE);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_message_arguments_and_category),
		cmocka_unit_test(test_match),
		cmocka_unit_test(test_wrap_bounds),
		cmocka_unit_test(test_device_side),
		cmocka_unit_test(test_cel_validate),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
