/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Catalog lookups: the binary search finds every row and nothing between
 * rows, the vendor range falls back to its row, set and policy class
 * names, and the codec entry points refuse missing arguments.
 * test_catalog.c checks the rows themselves. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static bool is_row(uint16_t op)
{
	for (size_t i = 0; i < cxlmb_cmd_count(); i++)
		if (cxlmb_cmd_at(i)->opcode == op)
			return true;
	return false;
}

static void test_find_every_opcode(void **state)
{
	const struct cxlmb_cmd *vendor = cxlmb_cmd_find(0xC000);
	size_t rows = 0;
	(void)state;

	/* the whole opcode space against a linear scan */
	assert_non_null(vendor);
	assert_int_equal(vendor->opcode, 0xC000);
	for (uint32_t op = 0; op <= 0xFFFF; op++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find((uint16_t)op);
		if (op >= 0xC000) {
			assert_ptr_equal(c, vendor);
		} else if (is_row((uint16_t)op)) {
			assert_non_null(c);
			assert_int_equal(c->opcode, op);
			rows++;
		} else if (c) {
			fail_msg("%04x: found a row that is not in the table", op);
		}
	}
	assert_int_equal(rows, cxlmb_cmd_count());
	/* the first and the last row (the ends of the search) */
	assert_ptr_equal(cxlmb_cmd_find(cxlmb_cmd_at(0)->opcode), cxlmb_cmd_at(0));
	assert_ptr_equal(cxlmb_cmd_find(cxlmb_cmd_at(cxlmb_cmd_count() - 1)->opcode),
			 cxlmb_cmd_at(cxlmb_cmd_count() - 1));
	assert_null(cxlmb_cmd_find(0xBFFF));
}

static void test_set_and_class_names(void **state)
{
	(void)state;
	assert_string_equal(cxlmb_cmd_set_name(0x00), "Information and Status");
	assert_string_equal(cxlmb_cmd_set_name(0x04), "Logs");
	assert_string_equal(cxlmb_cmd_set_name(0x44), "Sanitize and Media Operations");
	assert_non_null(cxlmb_cmd_set_name(0x59));
	assert_null(cxlmb_cmd_set_name(0x08));
	assert_null(cxlmb_cmd_set_name(0xBF));
	assert_string_equal(cxlmb_cmd_set_name(0xC0), "Vendor Specific");
	assert_string_equal(cxlmb_cmd_set_name(0xFF), "Vendor Specific");
	/* every row's set has a name */
	for (size_t i = 0; i < cxlmb_cmd_count(); i++)
		assert_non_null(cxlmb_cmd_set_name((uint8_t)(cxlmb_cmd_at(i)->opcode >> 8)));

	assert_string_equal(cxlmb_policy_class_name(CXLMB_POL_READ), "read");
	assert_string_equal(cxlmb_policy_class_name(CXLMB_POL_VENDOR), "vendor");
	assert_string_equal(cxlmb_policy_class_name(CXLMB_POL_COUNT_ - 1u), "vendor");
	assert_string_equal(cxlmb_policy_class_name(CXLMB_POL_COUNT_), "unknown");
	for (unsigned p = 0; p < CXLMB_POL_COUNT_; p++)
		assert_string_not_equal(cxlmb_policy_class_name(p), "unknown");
}

static void dummy_field(void *ctx, const char *name, uint64_t v, unsigned flags)
{
	(void)ctx;
	(void)name;
	(void)v;
	(void)flags;
}

static void test_codec_arguments(void **state)
{
	const struct cxlmb_cmd *ident = cxlmb_cmd_find(0x0001);
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX] = { 0 };
	uint8_t buf[64] = { 0 };
	size_t n = 0;
	struct cxlmb_visitor v = { 0 };
	(void)state;

	v.uint = dummy_field;
	assert_non_null(ident);
	assert_int_equal(cxlmb_cmd_decode(NULL, CXLMB_RSP, buf, 1, 0, val), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_decode(ident, CXLMB_RSP, buf, 1, 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_decode(ident, CXLMB_RSP, NULL, 1, 0, val), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_encode(NULL, CXLMB_RSP, val, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_encode(ident, CXLMB_RSP, NULL, buf, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_encode(ident, CXLMB_RSP, val, NULL, sizeof(buf), &n),
			 CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_visit(NULL, CXLMB_RSP, val, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_visit(ident, CXLMB_RSP, NULL, 0, &v), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_visit(ident, CXLMB_RSP, val, 0, NULL), CXLMB_E_INVALID_ARG);
	/* the opaque path must not read what it was not given */
	assert_int_equal(cxlmb_cmd_encode(cxlmb_cmd_find(0xC000), CXLMB_REQ, NULL, buf,
					  sizeof(buf), &n), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_cmd_visit(cxlmb_cmd_find(0xC000), CXLMB_REQ, NULL, 0, &v),
			 CXLMB_E_INVALID_ARG);
	/* no bytes and no length is an empty payload, not a missing one: the
	 * answer is judged by its layout (Identify has 0x12 bytes) */
	assert_int_equal(cxlmb_cmd_decode(ident, CXLMB_RSP, NULL, 0, 0, val), CXLMB_E_TRUNCATED);
}

static void test_length_bounds(void **state)
{
	const struct cxlmb_cmd *ident = cxlmb_cmd_find(0x0001);
	(void)state;

	/* Identify's answer is exactly 12h bytes (CXL r3.2 Table 8-38) */
	assert_int_equal(cxlmb_cmd_check_len(ident, CXLMB_RSP, CXLMB_IDENTIFY_RSP_LEN), 0);
	assert_int_equal(cxlmb_cmd_check_len(ident, CXLMB_RSP, CXLMB_IDENTIFY_RSP_LEN - 1),
			 CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_cmd_check_len(ident, CXLMB_RSP, CXLMB_IDENTIFY_RSP_LEN + 1),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_check_len(ident, CXLMB_REQ, 0), 0);
	assert_int_equal(cxlmb_cmd_check_len(ident, CXLMB_REQ, 1), CXLMB_E_OVERSIZE);
}

/* A 5300h request whose command size disagrees with the message it
 * carries is refused by the catalog's encoder, as by its decoder. */
static void test_encode_applies_the_semantic_check(void **state)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(CXLMB_OPCODE_TUNNEL);
	/* a 12-byte CCI request message: Identify, tag 0, no payload */
	const struct cxlmb_cci_msg id = { CXLMB_CCI_REQUEST, 0, 0x01, 0x00, 0, 0, 0, 0, { NULL, 0 } };
	uint8_t msg[CXLMB_CCI_HDR_LEN];
	size_t mlen = 0;
	struct cxlmb_tunnel_req q = { 0 };
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	uint8_t buf[32];
	size_t n = 0;
	(void)state;

	assert_int_equal(cxlmb_cci_msg_encode(&id, msg, sizeof(msg), &mlen), 0);
	assert_int_equal(mlen, sizeof(msg));
	q.message.data = msg;
	q.message.len = sizeof(msg);
	q.command_size = sizeof(msg) + 1;
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &q, buf, sizeof(buf), &n),
			 CXLMB_E_BAD_LENGTH);
	q.command_size = sizeof(msg);
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &q, buf, sizeof(buf), &n), 0);
	assert_int_equal(n, 4 + sizeof(msg));
	assert_int_equal(buf[2], sizeof(msg));
	buf[2] = sizeof(msg) + 1;
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, buf, n, CXLMB_STRICT, val),
			 CXLMB_E_BAD_LENGTH);
}

/* Event record types by UUID (CXL r3.2 §8.2.10.2.1) and the record
 * codec's argument checks. */
static void test_event_record_types(void **state)
{
	static const uint8_t gm[16] = { 0xfb, 0xcd, 0x0a, 0x77, 0xc2, 0x60, 0x41, 0x7f,
					0x85, 0xa9, 0x08, 0x8b, 0x16, 0x21, 0xeb, 0xa6 };
	uint8_t rec[CXLMB_EVENT_RECORD_LEN] = { 0 };
	struct cxlmb_event_record r;
	size_t n;
	(void)state;

	assert_memory_equal(cxlmb_event_type_uuid(CXLMB_EVT_GENERAL_MEDIA), gm, 16);
	assert_null(cxlmb_event_type_uuid(CXLMB_EVT_UNKNOWN));
	assert_null(cxlmb_event_type_uuid(CXLMB_EVT_DYNAMIC_CAPACITY + 1));
	for (unsigned t = CXLMB_EVT_GENERAL_MEDIA; t <= CXLMB_EVT_DYNAMIC_CAPACITY; t++) {
		/* a record carrying the type's UUID decodes as that type */
		memcpy(rec, cxlmb_event_type_uuid(t), 16);
		rec[16] = CXLMB_EVENT_RECORD_LEN;
		assert_int_equal(cxlmb_event_record_decode(rec, sizeof(rec), 0, &r), 0);
		assert_int_equal(r.type, t);
	}
	assert_int_equal(cxlmb_event_record_decode(rec, sizeof(rec), 0, NULL), CXLMB_E_INVALID_ARG);
	assert_int_equal(cxlmb_event_record_encode(NULL, rec, sizeof(rec), &n),
			 CXLMB_E_INVALID_ARG);
}

static int visits;
static void count_bytes(void *ctx, const char *name, const uint8_t *p, size_t len,
			unsigned flags)
{
	(void)ctx;
	(void)flags;
	assert_string_equal(name, "payload");
	assert_int_equal(len, 3);
	assert_int_equal(p[2], 0xCC);
	visits++;
}

static void test_vendor_row_is_opaque_bytes(void **state)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0xC123);
	const uint8_t in[3] = { 0xAA, 0xBB, 0xCC };
	struct cxlmb_bytes b;
	uint8_t out[8];
	size_t n = 0;
	struct cxlmb_visitor v = { 0 };
	(void)state;

	/* decoded as the bytes themselves, encoded back the same */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_REQ, in, sizeof(in), CXLMB_STRICT, &b), 0);
	assert_ptr_equal(b.data, in);
	assert_int_equal(b.len, sizeof(in));
	assert_int_equal(cxlmb_cmd_struct_size(c, CXLMB_REQ), sizeof(struct cxlmb_bytes));
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, out, sizeof(out), &n), 0);
	assert_int_equal(n, sizeof(in));
	assert_memory_equal(out, in, sizeof(in));
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, out, sizeof(out), NULL), 0);
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, out, 2, &n), CXLMB_E_BUF_TOO_SMALL);
	/* longer than any mailbox carries: oversize, before the room is looked at */
	b.len = CXLMB_PAYLOAD_MAX + 1u;
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, out, sizeof(out), &n),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_cmd_check_len(c, CXLMB_REQ, CXLMB_PAYLOAD_MAX), 0);
	assert_int_equal(cxlmb_cmd_check_len(c, CXLMB_REQ, CXLMB_PAYLOAD_MAX + 1u),
			 CXLMB_E_OVERSIZE);
	b.len = sizeof(in);
	b.data = NULL; /* a length without bytes */
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, out, sizeof(out), &n),
			 CXLMB_E_INVALID_ARG);
	b.len = 0; /* nothing to copy */
	n = 99;
	assert_int_equal(cxlmb_cmd_encode(c, CXLMB_REQ, &b, NULL, 0, &n), 0);
	assert_int_equal(n, 0);

	/* visited as one "payload" run of bytes; an empty one is not visited */
	v.bytes = count_bytes;
	b.data = in;
	b.len = sizeof(in);
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_REQ, &b, 0, &v), 0);
	assert_int_equal(visits, 1);
	b.len = 0;
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_REQ, &b, 0, &v), 0);
	assert_int_equal(visits, 1);
	v.bytes = NULL; /* a visitor that takes no bytes */
	b.len = sizeof(in);
	assert_int_equal(cxlmb_cmd_visit(c, CXLMB_REQ, &b, 0, &v), 0);
	assert_int_equal(visits, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_find_every_opcode),
		cmocka_unit_test(test_set_and_class_names),
		cmocka_unit_test(test_codec_arguments),
		cmocka_unit_test(test_vendor_row_is_opaque_bytes),
		cmocka_unit_test(test_length_bounds),
		cmocka_unit_test(test_encode_applies_the_semantic_check),
		cmocka_unit_test(test_event_record_types),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
