/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Regressions for the codec defects of issues 10, 13 and 14: each test
 * below fails on the code before the fix. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static _Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];

/* issue 10: a count that the bytes hold but that passes the 1 MiB payload
 * maximum (65535 Supported Log entries of 18h bytes = 1.5 MiB) */
static void test_array_capped_at_payload_max(void **state)
{
	(void)state;
	size_t len = 8 + (size_t)0xFFFF * 0x18;
	uint8_t *buf = calloc(1, len);
	struct cxlmb_get_supported_logs_rsp r;

	assert_non_null(buf);
	buf[0] = 0xFF;
	buf[1] = 0xFF;
	assert_int_equal(cxlmb_get_supported_logs_rsp_decode(buf, len, CXLMB_LENIENT, &r),
			 CXLMB_E_OVERSIZE);
	free(buf);
}

/* issue 10: cxlmb_cmd_check_len and cxlmb_cmd_decode agree on every typed
 * row whose bound is tighter than its layout's */
static void test_row_bounds_apply_to_typed_rows(void **state)
{
	(void)state;
	static uint8_t buf[0x11000];
	unsigned checked = 0;

	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		for (int d = 0; d < 2; d++) {
			enum cxlmb_dir dir = (enum cxlmb_dir)d;
			const struct cxlmb_schema *s = d ? c->rsp : c->req;
			uint32_t mx = cxlmb_cmd_max_len(c, dir);
			if (!s || mx >= sizeof(buf) - 1)
				continue;
			for (size_t len = mx + 1; len < mx + 40 && len < sizeof(buf); len++) {
				int want = cxlmb_cmd_check_len(c, dir, len);
				int rc = cxlmb_cmd_decode(c, dir, buf, len, CXLMB_STRICT, val);
				assert_int_equal(want, CXLMB_E_OVERSIZE);
				if (rc == CXLMB_E_OK)
					fail_msg("%04x %s: %zu bytes decode, the row says OVERSIZE", c->opcode,
						 d ? "rsp" : "req", len);
				checked++;
			}
		}
	}
	assert_true(checked > 0);
}

/* issue 10: 5302h Return Size and 4402h range count against the bytes */
static void test_counts_tied_to_bytes(void **state)
{
	(void)state;
	uint8_t rsp[8] = { 8, 0, 0, 0, 1, 2, 3, 4 }; /* return size 8, 4 bytes */
	struct cxlmb_ld_mem_rsp r;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x5302);

	assert_int_equal(cxlmb_ld_mem_rsp_decode(rsp, sizeof(rsp), CXLMB_STRICT, &r),
			 CXLMB_E_COUNT_MISMATCH);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, rsp, sizeof(rsp), CXLMB_STRICT, val),
			 CXLMB_E_COUNT_MISMATCH);
	rsp[0] = 4;
	assert_int_equal(cxlmb_ld_mem_rsp_decode(rsp, sizeof(rsp), CXLMB_STRICT, &r), CXLMB_E_OK);

	/* 4402h sanitize (class 1) of 2 ranges carrying one */
	uint8_t q[8 + 16] = { 1, 0, 0, 0, 2 };
	struct cxlmb_media_ops_req m;
	assert_int_equal(cxlmb_media_ops_req_decode(q, sizeof(q), CXLMB_STRICT, &m),
			 CXLMB_E_COUNT_MISMATCH);
	q[4] = 1;
	assert_int_equal(cxlmb_media_ops_req_decode(q, sizeof(q), CXLMB_STRICT, &m), CXLMB_E_OK);
	/* discovery (class 0): no ranges, a 4-byte argument */
	uint8_t disc[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0 };
	assert_int_equal(cxlmb_media_ops_req_decode(disc, sizeof(disc), CXLMB_STRICT, &m), CXLMB_E_OK);
	disc[4] = 1;
	assert_int_equal(cxlmb_media_ops_req_decode(disc, sizeof(disc), CXLMB_STRICT, &m),
			 CXLMB_E_COUNT_MISMATCH);
}

/* issue 10: a variable part over 1 MiB is refused, never written past the
 * caller's buffer, for each of the six layouts */
static void test_encode_over_payload_max(void **state)
{
	(void)state;
	static const struct {
		uint16_t op;
		enum cxlmb_dir dir;
	} rows[] = { { 0x0401, CXLMB_RSP }, { 0x0501, CXLMB_RSP }, { 0x4102, CXLMB_RSP },
		     { 0x4402, CXLMB_RSP }, { 0x4601, CXLMB_RSP }, { 0x0502, CXLMB_REQ } };
	uint8_t *big = calloc(1, CXLMB_PAYLOAD_MAX + 64);
	uint8_t *out = malloc(64);
	size_t n = 0;

	assert_non_null(big);
	assert_non_null(out);
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(rows[i].op);
		const struct cxlmb_schema *s = rows[i].dir ? c->rsp : c->req;
		assert_non_null(s);
		memset(val, 0, sizeof(val));
		/* the layout's tail: its struct cxlmb_bytes member */
		const struct cxlmb_field *tail = NULL;
		for (uint16_t k = 0; k < s->nfields; k++)
			if (s->fields[k].kind == CXLMB_F_TAIL)
				tail = &s->fields[k];
		assert_non_null(tail);
		struct cxlmb_bytes b = { big, CXLMB_PAYLOAD_MAX + 1 };
		memcpy(val + tail->st_off, &b, sizeof(b));
		int rc = cxlmb_cmd_encode(c, rows[i].dir, val, out, 64, &n);
		if (rc != CXLMB_E_OVERSIZE)
			fail_msg("%04x: %s", rows[i].op, cxlmb_strerror(rc));
		assert_int_equal(cxlmb_schema_encode(s, val, out, 64, &n), CXLMB_E_OVERSIZE);
		assert_int_equal(cxlmb_schema_encoded_len(s, val), 0);
	}
	free(big);
	free(out);
}

/* issue 10: NULL rows */
static void test_null_rows(void **state)
{
	(void)state;
	assert_int_equal(cxlmb_cmd_check_len(NULL, CXLMB_REQ, 0), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_struct_size(NULL, CXLMB_RSP), 0);
}

/* issue 10: encoders refuse inconsistent input */
static void test_encoders_refuse_inconsistent(void **state)
{
	(void)state;
	struct cxlmb_event_record rec;
	uint8_t buf[256];
	size_t n;

	memset(&rec, 0, sizeof(rec));
	memcpy(rec.hdr.uuid, cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA), 16);
	rec.hdr.length = CXLMB_EVENT_RECORD_LEN;
	rec.type = CXLMB_EVT_DRAM;
	assert_int_equal(cxlmb_event_record_encode(&rec, buf, sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	rec.type = CXLMB_EVT_GENERAL_MEDIA;
	assert_int_equal(cxlmb_event_record_encode(&rec, buf, sizeof(buf), &n), CXLMB_E_OK);

	struct cxlmb_tunnel_hop hop = { 1, 2 }; /* target type 2: undefined */
	assert_int_equal(cxlmb_tunnel_wrap(&hop, 1, 1, 0x0001, NULL, 0, buf, sizeof(buf), &n),
			 CXLMB_E_BAD_ENUM);
	struct cxlmb_tunnel_req t = { .target_id = 1, .target_type = 2 };
	assert_int_equal(cxlmb_tunnel_req_encode(&t, buf, sizeof(buf), &n), CXLMB_E_BAD_ENUM);
	hop.target_type = 1;
	assert_int_equal(cxlmb_tunnel_wrap(&hop, 1, 1, 0x0001, NULL, 0, buf, sizeof(buf), &n),
			 CXLMB_E_OK);
	assert_int_equal(cxlmb_cmd_decode(cxlmb_cmd_find(0x5300), CXLMB_REQ, buf, n, CXLMB_STRICT, val),
			 CXLMB_E_OK);
}

/* issue 14: the array view knows its entry layout */
static void test_array_get_checks_entry(void **state)
{
	(void)state;
	struct cxlmb_get_port_state_req q;
	uint8_t req[3] = { 2, 5, 6 };
	struct cxlmb_id8 id;
	struct cxlmb_port_info big;

	assert_int_equal(cxlmb_get_port_state_req_decode(req, sizeof(req), CXLMB_STRICT, &q), 0);
	assert_int_equal(cxlmb_array_get(&cxlmb_id8_schema, &q.ports, 1, 0, &id), 0);
	assert_int_equal(id.id, 6);
	/* the port-info layout (10h bytes) over 1-byte entries: refused */
	assert_int_equal(cxlmb_array_get(&cxlmb_port_info_schema, &q.ports, 0, 0, &big),
			 CXLMB_E_INVALID_ARG);
}

/* issue 14: every layout is named after itself */
static void test_schema_names(void **state)
{
	(void)state;
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		const struct cxlmb_schema *ss[2] = { c->req, c->rsp };
		for (int d = 0; d < 2; d++) {
			if (!ss[d])
				continue;
#ifndef CXLMB_NO_FIELD_NAMES
			if (strcmp(ss[d]->name, "T") == 0 || !strstr(ss[d]->name, "_schema"))
				fail_msg("%04x: layout named '%s'", c->opcode, ss[d]->name);
#endif
		}
	}
	assert_string_equal(cxlmb_identify_memdev_rsp_schema.name, "cxlmb_identify_memdev_rsp_schema");
}

/* issue 14: a failed intermediate hop is an error, not OK */
static void test_unwrap_route_error(void **state)
{
	(void)state;
	struct cxlmb_cci_msg m = { .category = CXLMB_CCI_RESPONSE, .tag = 3, .command = 0,
				   .command_set = 0x53, .rc = 2 };
	struct cxlmb_tunnel_result r;
	uint8_t buf[64];
	size_t n;

	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, buf, sizeof(buf), &n), 0);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 2, 3, 0x4000, CXLMB_STRICT, &r), CXLMB_E_ROUTE);
	assert_int_equal(r.level, 1);
	assert_int_equal(r.rc, 2);
	/* depth 1 (the route endpoint's use): the bottom's failure is its answer */
	m.command = 0;
	m.command_set = 0x40;
	assert_int_equal(cxlmb_tunnel_wrap_rsp(&m, buf, sizeof(buf), &n), 0);
	assert_int_equal(cxlmb_tunnel_unwrap_rsp(buf, n, 1, 3, 0x4000, CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.rc, 2);
}

/* issue 13: where a decode failed */
static void test_error_location(void **state)
{
	(void)state;
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x4000);
	uint8_t buf[0x45] = { 0 };
	struct cxlmb_decode_err e;

	/* a reserved byte of the Get Supported Logs output (02h-07h) */
	uint8_t logs[8] = { 0, 0, 0, 0, 0, 1, 0, 0 };
	assert_int_equal(cxlmb_cmd_decode_ex(cxlmb_cmd_find(0x0400), CXLMB_RSP, NULL, 0, logs,
					     sizeof(logs), CXLMB_STRICT, val, &e),
			 CXLMB_E_RESERVED_SET);
	assert_int_equal(e.offset, 5);
	assert_non_null(e.field);
#ifndef CXLMB_NO_FIELD_NAMES
	assert_string_equal(e.field, "reserved");
#endif
	/* an enum: Get Event Records' log */
	uint8_t q[1] = { 9 };
	assert_int_equal(cxlmb_cmd_decode_ex(cxlmb_cmd_find(0x0100), CXLMB_REQ, NULL, 0, q, 1,
					     CXLMB_STRICT, val, &e),
			 CXLMB_E_BAD_ENUM);
	assert_int_equal(e.offset, 0);
	assert_non_null(e.field);
#ifndef CXLMB_NO_FIELD_NAMES
	assert_string_equal(e.field, "log");
#endif
	/* an array count: Get Physical Port State asks 3 ports, carries 1 */
	uint8_t p[2] = { 3, 1 };
	assert_int_equal(cxlmb_cmd_decode_ex(cxlmb_cmd_find(0x5101), CXLMB_REQ, NULL, 0, p, 2,
					     CXLMB_STRICT, val, &e),
			 CXLMB_E_COUNT_MISMATCH);
#ifndef CXLMB_NO_FIELD_NAMES
	assert_string_equal(e.field, "num_ports");
#endif
	/* a length: no field, the offset where it ended */
	assert_int_equal(cxlmb_cmd_decode_ex(c, CXLMB_RSP, NULL, 0, buf, 0x10, CXLMB_STRICT, val, &e),
			 CXLMB_E_TRUNCATED);
	assert_null(e.field);
	assert_int_equal(e.offset, 0x10);
}

/* Get Physical Port State (5101h, r3.2 Table 7-19): bit 4 of the state byte
 * is GAE Support (was refused as reserved); undefined states, modes, device
 * types and LTSSM states are refused strictly */
static void test_port_info_table_7_19(void **state)
{
	(void)state;
	uint8_t e[0x10] = { 0, 0x14, 5, 0, 6, 0x10, 8, 8, 0x1f, 5, 5, 4, 0, 0x0e, 0, 1 };
	struct cxlmb_port_info pi;

	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_STRICT, &pi), 0);
	assert_int_equal(pi.gae_support, 1);
	assert_int_equal(pi.config_state, 4);
	e[1] = 0x0F; /* invalid port ID: accepted */
	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_STRICT, &pi), 0);
	e[1] = 0x06;
	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_STRICT, &pi), CXLMB_E_BAD_ENUM);
	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_LENIENT, &pi), 0);
	e[1] = 0x03;
	e[0x0B] = 0x0B;
	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_STRICT, &pi), CXLMB_E_BAD_ENUM);
	e[0x0B] = 0x04;
	e[0x0D] = 0x10;
	assert_int_equal(cxlmb_port_info_decode(e, sizeof(e), CXLMB_STRICT, &pi), CXLMB_E_RESERVED_SET);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_array_capped_at_payload_max),
		cmocka_unit_test(test_row_bounds_apply_to_typed_rows),
		cmocka_unit_test(test_counts_tied_to_bytes),
		cmocka_unit_test(test_encode_over_payload_max),
		cmocka_unit_test(test_null_rows),
		cmocka_unit_test(test_encoders_refuse_inconsistent),
		cmocka_unit_test(test_array_get_checks_entry),
		cmocka_unit_test(test_schema_names),
		cmocka_unit_test(test_unwrap_route_error),
		cmocka_unit_test(test_error_location),
		cmocka_unit_test(test_port_info_table_7_19),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
