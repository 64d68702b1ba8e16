/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The layout interpreter, exercised through Identify and Identify Memory Device. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static void test_identify_vector(void **state)
{
	(void)state;
	/* r3.2 Table 8-39 layout, written by hand */
	static const uint8_t wire[0x12] = {
		0x86, 0x80, 0x93, 0x0d, 0xf4, 0x1a, 0x00, 0x11,
		0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0b, 0x03,
	};
	struct cxlmb_identify_rsp r;
	uint8_t out[32];
	size_t n = 0;

	assert_int_equal(cxlmb_identify_rsp_decode(wire, sizeof(wire), CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.vendor_id, 0x8086);
	assert_int_equal(r.device_id, 0x0d93);
	assert_int_equal(r.subsys_vendor_id, 0x1af4);
	assert_int_equal(r.subsys_id, 0x1100);
	assert_true(r.serial_number == 0x0807060504030201ull);
	assert_int_equal(r.max_msg_size, 11);
	assert_int_equal(r.component_type, 3);
	assert_int_equal(cxlmb_identify_rsp_encode(&r, out, sizeof(out), &n), CXLMB_E_OK);
	assert_int_equal(n, sizeof(wire));
	assert_memory_equal(out, wire, sizeof(wire));
	for (size_t len = 0; len < sizeof(wire); len++)
		assert_int_equal(cxlmb_identify_rsp_decode(wire, len, CXLMB_STRICT, &r), CXLMB_E_TRUNCATED);
	uint8_t big[0x13] = { 0 };
	assert_int_equal(cxlmb_identify_rsp_decode(big, sizeof(big), CXLMB_STRICT, &r), CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_identify_rsp_decode(big, sizeof(big), CXLMB_ALLOW_TRAILING, &r), CXLMB_E_OK);
	assert_int_equal(cxlmb_identify_rsp_encode(&r, out, 0x11, &n), CXLMB_E_BUF_TOO_SMALL);
}

static void test_identify_memdev_optional_tail(void **state)
{
	(void)state;
	uint8_t wire[0x45] = { 'F', 'W', '1' };
	struct cxlmb_identify_memdev_rsp r;

	wire[0x10] = 4;    /* 1 GiB total */
	wire[0x3c] = 0x00; wire[0x3d] = 0x01; /* 256 media error records */
	wire[0x43] = 8;    /* DC event log size */
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(wire, 0x45, CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.total_capacity, 4);
	assert_int_equal(r.poison_list_max_mer, 256);
	assert_int_equal(r.dc_event_log_size, 8);
	/* the r3.0 form stops before the DC event log size */
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(wire, 0x43, CXLMB_STRICT, &r), CXLMB_E_OK);
	assert_int_equal(r.dc_event_log_size, 0);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(wire, 0x42, CXLMB_STRICT, &r), CXLMB_E_TRUNCATED);
	/* 44h ends inside the 2-byte DC event log size: a torn field (issue 14) */
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(wire, 0x44, CXLMB_STRICT, &r), CXLMB_E_TRUNCATED);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(wire, 0x44, CXLMB_LENIENT, &r), CXLMB_E_TRUNCATED);
	/* a newer device's longer answer: lenient accepts it, strict does not */
	uint8_t longer[0x50] = { 'F', 'W', '1' };
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(longer, sizeof(longer), CXLMB_LENIENT, &r), CXLMB_E_OK);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(longer, sizeof(longer), CXLMB_STRICT, &r),
			 CXLMB_E_OVERSIZE);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(longer, sizeof(longer), CXLMB_EXACT, &r),
			 CXLMB_E_OVERSIZE);
	/* value that does not fit its 3-byte field is refused */
	r.poison_list_max_mer = 0x1000000;
	uint8_t out[0x45];
	size_t n;
	assert_int_equal(cxlmb_identify_memdev_rsp_encode(&r, out, sizeof(out), &n), CXLMB_E_VALUE_RANGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identify_vector),
		cmocka_unit_test(test_identify_memdev_optional_tail),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
