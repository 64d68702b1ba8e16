/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The seed commands' codecs (0002h-0005h, 0400h, 0401h, CEL entries):
 * hand-written vectors from the specification's layouts, round trips,
 * every truncation, one byte too many, counts, reserved bits, enums. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

/* Fixed-size layout: the vector decodes strictly, re-encodes byte for byte,
 * every shorter length is TRUNCATED and one byte more is OVERSIZE. */
static void check_fixed(const struct cxlmb_schema *s, const uint8_t *wire, size_t len)
{
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	uint8_t out[256], big[256];
	size_t n = 0;

	assert_true(len < sizeof(big));
	assert_int_equal(cxlmb_schema_decode(s, wire, len, CXLMB_STRICT, val), CXLMB_E_OK);
	assert_int_equal(cxlmb_schema_encode(s, val, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, len);
	assert_memory_equal(out, wire, len);
	for (size_t k = 0; k < s->min_len; k++)
		assert_int_equal(cxlmb_schema_decode(s, wire, k, CXLMB_STRICT, val), CXLMB_E_TRUNCATED);
	memcpy(big, wire, len);
	big[len] = 0;
	assert_int_equal(cxlmb_schema_decode(s, big, len + 1, CXLMB_STRICT, val), CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_schema_encode(s, val, out, len - 1, &n), CXLMB_E_BUF_TOO_SMALL);
}

static void test_bg_op_status(void **state)
{
	(void)state;
	/* r3.2 Table 8-40: byte 0 = running (b0) | percent << 1; 02h opcode; 04h rc; 06h vendor */
	static const uint8_t wire[8] = { (42 << 1) | 1, 0x00, 0x00, 0x44, 0x01, 0x00, 0x34, 0x12 };
	struct cxlmb_bg_op_status_rsp r;
	uint8_t bad[8];

	check_fixed(&cxlmb_bg_op_status_rsp_schema, wire, sizeof(wire));
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(wire, 8, CXLMB_STRICT, &r), 0);
	assert_int_equal(r.running, 1);
	assert_int_equal(r.percent, 42);
	assert_int_equal(r.opcode, 0x4400);
	assert_int_equal(r.return_code, 1);
	assert_int_equal(r.vendor_status, 0x1234);
	/* reserved byte 01h */
	memcpy(bad, wire, 8);
	bad[1] = 0x80;
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(bad, 8, CXLMB_STRICT, &r), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(bad, 8, CXLMB_LENIENT, &r), CXLMB_E_OK);
	/* percent 101 is not a percentage */
	memcpy(bad, wire, 8);
	bad[0] = (101 << 1);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(bad, 8, CXLMB_STRICT, &r), CXLMB_E_BAD_ENUM);
	assert_int_equal(cxlmb_bg_op_status_rsp_decode(bad, 8, CXLMB_LENIENT, &r), CXLMB_E_OK);
	assert_int_equal(r.percent, 101);
	/* encoder refuses a percent wider than its 7 bits */
	r.percent = 200;
	size_t n;
	assert_int_equal(cxlmb_bg_op_status_rsp_encode(&r, bad, 8, &n), CXLMB_E_VALUE_RANGE);
}

static void test_rsp_msg_limit(void **state)
{
	(void)state;
	static const uint8_t wire[1] = { 11 };
	struct cxlmb_rsp_msg_limit r;
	uint8_t v;

	check_fixed(&cxlmb_rsp_msg_limit_schema, wire, 1);
	assert_int_equal(cxlmb_rsp_msg_limit_decode(wire, 1, CXLMB_STRICT, &r), 0);
	assert_int_equal(r.limit, 11);
	v = 21; /* above 2^20 */
	assert_int_equal(cxlmb_rsp_msg_limit_decode(&v, 1, CXLMB_STRICT, &r), CXLMB_E_BAD_ENUM);
	/* the same layout serves 0003h out and 0004h in/out, through the catalog */
	const struct cxlmb_cmd *get = cxlmb_cmd_find(0x0003), *set = cxlmb_cmd_find(0x0004);
	assert_ptr_equal(get->rsp, &cxlmb_rsp_msg_limit_schema);
	assert_ptr_equal(set->req, &cxlmb_rsp_msg_limit_schema);
	assert_int_equal(cxlmb_cmd_decode(set, CXLMB_REQ, wire, 1, CXLMB_STRICT, &r), 0);
	assert_int_equal(cxlmb_cmd_decode(get, CXLMB_REQ, wire, 1, CXLMB_STRICT, &r), CXLMB_E_OVERSIZE);
}

static void test_no_payload_commands(void **state)
{
	(void)state;
	/* 0005h carries nothing either way; 0001h/4000h take no request */
	static const uint16_t ops[] = { 0x0001, 0x0002, 0x0005, 0x0400, 0x4000 };
	uint8_t b = 0;
	struct cxlmb_bytes v;
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(ops[i]);
		assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, NULL, 0, CXLMB_STRICT, &v), 0);
		assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, &b, 1, CXLMB_STRICT, &v), CXLMB_E_OVERSIZE);
	}
	const struct cxlmb_cmd *abort_cmd = cxlmb_cmd_find(0x0005);
	assert_int_equal(cxlmb_cmd_decode(abort_cmd, CXLMB_RSP, &b, 1, CXLMB_STRICT, &v), CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_decode(abort_cmd, CXLMB_RSP, NULL, 0, CXLMB_STRICT, &v), 0);
}

/* Get Supported Logs with two entries: CEL (36 bytes) and Vendor Debug (4 KiB). */
static const uint8_t logs_wire[8 + 2 * 0x14] = {
	0x02, 0x00, 0, 0, 0, 0, 0, 0,
	0x0d, 0xa9, 0xc0, 0xb5, 0xbf, 0x41, 0x4b, 0x78, 0x8f, 0x79, 0x96, 0xb1, 0x62, 0x3b, 0x3f, 0x17,
	0x24, 0x00, 0x00, 0x00,
	0x5e, 0x18, 0x19, 0xd9, 0x11, 0xa9, 0x40, 0x0c, 0x81, 0x1f, 0xd6, 0x07, 0x19, 0x40, 0x3d, 0x86,
	0x00, 0x10, 0x00, 0x00,
};

static void test_get_supported_logs(void **state)
{
	(void)state;
	struct cxlmb_get_supported_logs_rsp r;
	struct cxlmb_supported_log_entry e;
	uint8_t out[64], bad[sizeof(logs_wire) + 1];
	size_t n;

	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(logs_wire, sizeof(logs_wire), CXLMB_STRICT, &r), 0);
	assert_int_equal(r.count, 2);
	assert_int_equal(r.entries.count, 2);
	assert_ptr_equal(r.entries.data, logs_wire + 8);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r.entries, 0, CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_cel, 16);
	assert_int_equal(e.size, 36);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r.entries, 1, CXLMB_STRICT, &e), 0);
	assert_memory_equal(e.uuid, cxlmb_uuid_vendor_debug, 16);
	assert_int_equal(e.size, 4096);
	assert_int_equal(cxlmb_array_get(&cxlmb_supported_log_entry_schema, &r.entries, 2, CXLMB_STRICT, &e),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_get_supported_logs_rsp_encode(&r, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(logs_wire));
	assert_memory_equal(out, logs_wire, n);
	for (size_t k = 0; k < 8; k++)
		assert_int_equal(cxlmb_get_supported_logs_rsp_decode(logs_wire, k, CXLMB_STRICT, &r),
				 CXLMB_E_TRUNCATED);
	/* the count claims more entries than the bytes hold, at every short length */
	for (size_t k = 8; k < sizeof(logs_wire); k++)
		assert_int_equal(cxlmb_get_supported_logs_rsp_decode(logs_wire, k, CXLMB_STRICT, &r),
				 CXLMB_E_COUNT_MISMATCH);
	/* one byte more than the count accounts for */
	memcpy(bad, logs_wire, sizeof(logs_wire));
	bad[sizeof(logs_wire)] = 0;
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(bad, sizeof(bad), CXLMB_STRICT, &r),
			 CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(bad, sizeof(bad), CXLMB_ALLOW_TRAILING, &r), 0);
	/* a hostile count: 65535 entries in 48 bytes */
	bad[0] = 0xff;
	bad[1] = 0xff;
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(bad, sizeof(logs_wire), CXLMB_STRICT, &r),
			 CXLMB_E_COUNT_MISMATCH);
	/* reserved bytes 02h-07h */
	memcpy(bad, logs_wire, sizeof(logs_wire));
	bad[5] = 1;
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(bad, sizeof(logs_wire), CXLMB_STRICT, &r),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(bad, sizeof(logs_wire), CXLMB_LENIENT, &r), 0);
	/* encoder: count field and array disagree */
	r.count = 3;
	assert_int_equal(cxlmb_get_supported_logs_rsp_encode(&r, out, sizeof(out), &n), CXLMB_E_COUNT_MISMATCH);
}

static void test_get_log(void **state)
{
	(void)state;
	/* r3.2 Table 8-73: UUID, offset, length */
	static const uint8_t req[0x18] = {
		0x0d, 0xa9, 0xc0, 0xb5, 0xbf, 0x41, 0x4b, 0x78, 0x8f, 0x79, 0x96, 0xb1, 0x62, 0x3b, 0x3f, 0x17,
		0x04, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00,
	};
	struct cxlmb_get_log_req q;
	struct cxlmb_get_log_rsp r;
	static const uint8_t cel[12] = { 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x10, 0x00, 0x00, 0x44, 0x64, 0x01 };
	struct cxlmb_cel_entry ce;
	uint8_t out[64];
	size_t n;

	check_fixed(&cxlmb_get_log_req_schema, req, sizeof(req));
	assert_int_equal(cxlmb_get_log_req_decode(req, sizeof(req), CXLMB_STRICT, &q), 0);
	assert_memory_equal(q.uuid, cxlmb_uuid_cel, 16);
	assert_int_equal(q.offset, 4);
	assert_int_equal(q.length, 0x20);
	/* the output is the log bytes themselves */
	assert_int_equal(cxlmb_get_log_rsp_decode(cel, sizeof(cel), CXLMB_STRICT, &r), 0);
	assert_ptr_equal(r.data.data, cel);
	assert_int_equal(r.data.len, sizeof(cel));
	assert_int_equal(cxlmb_get_log_rsp_encode(&r, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(cel));
	assert_memory_equal(out, cel, n);
	assert_int_equal(cxlmb_get_log_rsp_decode(NULL, 0, CXLMB_STRICT, &r), 0);
	assert_int_equal(r.data.len, 0);
	/* CEL entries: opcode, effects */
	check_fixed(&cxlmb_cel_entry_schema, cel + 8, 4);
	assert_int_equal(cxlmb_cel_entry_decode(cel + 4, 4, CXLMB_STRICT, &ce), 0);
	assert_int_equal(ce.opcode, 0x0401);
	assert_int_equal(ce.effects, CXLMB_EFF_IMM_LOG);
	assert_int_equal(cxlmb_cel_entry_decode(cel + 8, 4, CXLMB_STRICT, &ce), 0);
	assert_int_equal(ce.opcode, 0x4400);
	assert_int_equal(ce.effects, CXLMB_EFF_IMM_DATA | CXLMB_EFF_SECURITY | CXLMB_EFF_BACKGROUND |
					     CXLMB_EFF_ABORT_SUPPORTED);
	/* effect bits 15:12 are reserved */
	uint8_t bad[4] = { 0x00, 0x40, 0x00, 0x10 };
	assert_int_equal(cxlmb_cel_entry_decode(bad, 4, CXLMB_STRICT, &ce), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_cel_entry_decode(bad, 4, CXLMB_LENIENT, &ce), 0);
	assert_int_equal(ce.effects, 0);
	ce.effects = 0x1000;
	assert_int_equal(cxlmb_cel_entry_encode(&ce, out, 4, &n), CXLMB_E_VALUE_RANGE);
}

static void test_catalog_decode_matches_typed(void **state)
{
	(void)state;
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0400);
	struct cxlmb_get_supported_logs_rsp *r = (void *)val;

	assert_string_equal(c->name, "Get Supported Logs");
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, logs_wire, sizeof(logs_wire), CXLMB_STRICT, val), 0);
	assert_int_equal(r->count, 2);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, logs_wire, 9, CXLMB_STRICT, val), CXLMB_E_COUNT_MISMATCH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bg_op_status),
		cmocka_unit_test(test_rsp_msg_limit),
		cmocka_unit_test(test_no_payload_commands),
		cmocka_unit_test(test_get_supported_logs),
		cmocka_unit_test(test_get_log),
		cmocka_unit_test(test_catalog_decode_matches_typed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
