/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Event records typed by UUID: General Media, DRAM, Memory Module, Dynamic
 * Capacity, Memory Sparing (opaque) and unknown UUIDs (opaque). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

static const uint8_t GM[16] = { 0xfb, 0xcd, 0x0a, 0x77, 0xc2, 0x60, 0x41, 0x7f,
				0x85, 0xa9, 0x08, 0x8b, 0x16, 0x21, 0xeb, 0xa6 };
static const uint8_t DRAM[16] = { 0x60, 0x1d, 0xcb, 0xb3, 0x9c, 0x06, 0x4e, 0xab,
				  0xb8, 0xaf, 0x4e, 0x9b, 0xfb, 0x5c, 0x96, 0x24 };
static const uint8_t MM[16] = { 0xfe, 0x92, 0x74, 0x75, 0xdd, 0x59, 0x43, 0x39,
				0xa5, 0x86, 0x79, 0xba, 0xb1, 0x13, 0xb7, 0x74 };
static const uint8_t SPARING[16] = { 0xe7, 0x1f, 0x3a, 0x40, 0x2d, 0x29, 0x40, 0x92,
				     0x8a, 0x39, 0x4d, 0x1c, 0x96, 0x6c, 0x7c, 0x65 };
static const uint8_t DC[16] = { 0xca, 0x95, 0xaf, 0xa7, 0xf1, 0x83, 0x40, 0x18,
				0x8c, 0x2f, 0x95, 0x26, 0x8e, 0x10, 0x1a, 0x2a };

static void record(uint8_t *r, const uint8_t *uuid, uint16_t handle)
{
	memset(r, 0, 0x80);
	memcpy(r, uuid, 16);
	r[0x10] = 0x80;
	r[0x14] = (uint8_t)handle;
	r[0x15] = (uint8_t)(handle >> 8);
	r[0x18] = 0x10; /* timestamp */
}

static void round_trip(const uint8_t *r)
{
	struct cxlmb_event_record rec;
	uint8_t out[0x80];
	size_t n;
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(cxlmb_event_record_encode(&rec, out, sizeof(out), &n), 0);
	assert_int_equal(n, 0x80);
	assert_memory_equal(out, r, 0x80);
}

static void test_general_media(void **state)
{
	(void)state;
	uint8_t r[0x80];
	struct cxlmb_event_record rec;
	record(r, GM, 0x42);
	r[0x30] = 0x40; r[0x33] = 0x01;  /* DPA 0x1000040 */
	r[0x38] = 0x01;                  /* uncorrectable */
	r[0x39] = 0x02;                  /* data path error */
	r[0x3a] = 0x01;                  /* host read */
	r[0x3b] = 0x07;                  /* channel, rank, device valid */
	r[0x3d] = 3; r[0x3e] = 1; r[0x3f] = 0x05;
	r[0x42] = 0xAB;                  /* component ID */
	r[0x53] = 0x02;                  /* CME count */
	r[0x56] = 0x04;                  /* sub-type */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_GENERAL_MEDIA);
	assert_int_equal(rec.hdr.handle, 0x42);
	assert_true(rec.u.gm.dpa == 0x1000040);
	assert_int_equal(rec.u.gm.descriptor, 1);
	assert_int_equal(rec.u.gm.type, 2);
	assert_int_equal(rec.u.gm.transaction, 1);
	assert_int_equal(rec.u.gm.validity, 7);
	assert_int_equal(rec.u.gm.channel, 3);
	assert_int_equal(rec.u.gm.rank, 1);
	assert_int_equal(rec.u.gm.device, 5);
	assert_int_equal(rec.u.gm.component_id[0], 0xAB);
	assert_int_equal(rec.u.gm.cme_count, 2);
	assert_int_equal(rec.u.gm.sub_type, 4);
	round_trip(r);
	r[0x60] = 1; /* reserved area of the type-specific part */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_LENIENT, &rec), 0);
	r[0x60] = 0;
	r[0x10] = 0x7F; /* the record's length byte disagrees */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), CXLMB_E_BAD_LENGTH);
	for (size_t k = 0; k < 0x80; k++)
		assert_int_equal(cxlmb_event_record_decode(r, k, CXLMB_LENIENT, &rec), CXLMB_E_TRUNCATED);
}

static void test_dram(void **state)
{
	(void)state;
	uint8_t r[0x80];
	struct cxlmb_event_record rec;
	record(r, DRAM, 1);
	r[0x31] = 0x20;                         /* DPA 0x2000 */
	r[0x3f] = 0x0F;                         /* nibble mask */
	r[0x42] = 2; r[0x43] = 3;               /* bank group, bank */
	r[0x44] = 0x34; r[0x45] = 0x12;         /* row */
	r[0x47] = 0x08;                         /* column */
	r[0x49] = 0xFF;                         /* correction mask */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_DRAM);
	assert_true(rec.u.dram.dpa == 0x2000);
	assert_int_equal(rec.u.dram.nibble_mask, 0x0F);
	assert_int_equal(rec.u.dram.bank_group, 2);
	assert_int_equal(rec.u.dram.bank, 3);
	assert_int_equal(rec.u.dram.row, 0x1234);
	assert_int_equal(rec.u.dram.column, 8);
	assert_int_equal(rec.u.dram.correction_mask[0], 0xFF);
	round_trip(r);
}

static void test_memory_module(void **state)
{
	(void)state;
	uint8_t r[0x80];
	struct cxlmb_event_record rec;
	record(r, MM, 2);
	r[0x30] = 3;                 /* temperature change */
	r[0x31] = 0x02; r[0x32] = 0; r[0x34] = 55;
	r[0x35] = 0xF6; r[0x36] = 0xFF; /* -10 C */
	r[0x37] = 4;                 /* dirty shutdowns */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_MEMORY_MODULE);
	assert_int_equal(rec.u.mm.event_type, 3);
	assert_int_equal(rec.u.mm.health_status, 2);
	assert_int_equal(rec.u.mm.life_used, 55);
	assert_int_equal(rec.u.mm.temperature, -10);
	assert_int_equal(rec.u.mm.dirty_shutdowns, 4);
	round_trip(r);
}

static void test_dynamic_capacity(void **state)
{
	(void)state;
	uint8_t r[0x80];
	struct cxlmb_event_record rec;
	record(r, DC, 3);
	r[0x30] = 0;                 /* add capacity */
	r[0x32] = 1;                 /* host 1 */
	r[0x34] = 2;                 /* region 2 */
	r[0x35] = 1;                 /* more */
	r[0x3b] = 0x10;              /* start DPA 0x10000000 */
	r[0x43] = 0x02;              /* length 0x2000000 */
	r[0x48] = 0x5A;              /* tag */
	r[0x78] = 7; r[0x7c] = 9;
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_DYNAMIC_CAPACITY);
	assert_int_equal(rec.u.dc.host_id, 1);
	assert_int_equal(rec.u.dc.region_index, 2);
	assert_int_equal(rec.u.dc.more, 1);
	assert_true(rec.u.dc.start_dpa == 0x10000000);
	assert_true(rec.u.dc.length == 0x2000000);
	assert_int_equal(rec.u.dc.tag[0], 0x5A);
	assert_int_equal(rec.u.dc.extents_available, 7);
	assert_int_equal(rec.u.dc.tags_available, 9);
	round_trip(r);
	r[0x30] = 6; /* no such DC event type */
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), CXLMB_E_BAD_ENUM);
}

static void test_opaque_types(void **state)
{
	(void)state;
	uint8_t r[0x80];
	struct cxlmb_event_record rec;
	record(r, SPARING, 4);
	r[0x40] = 0x99;
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_MEMORY_SPARING);
	assert_int_equal(rec.hdr.data[0x10], 0x99);
	round_trip(r);
	uint8_t other[16] = { 1, 2, 3 };
	record(r, other, 5);
	r[0x7F] = 0x77;
	assert_int_equal(cxlmb_event_record_decode(r, 0x80, CXLMB_STRICT, &rec), 0);
	assert_int_equal(rec.type, CXLMB_EVT_UNKNOWN);
	assert_int_equal(rec.hdr.data[0x4F], 0x77);
	round_trip(r);
}

/* Through the catalog: 0100h with a General Media and an unknown record. */
static void test_get_event_records_catalog(void **state)
{
	(void)state;
	static uint8_t p[0x20 + 2 * 0x80];
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX];
	const struct cxlmb_cmd *c = cxlmb_cmd_find(0x0100);
	uint8_t other[16] = { 9 };

	memset(p, 0, sizeof(p));
	p[0x14] = 2;
	record(p + 0x20, GM, 1);
	record(p + 0xA0, other, 2);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, sizeof(p), CXLMB_STRICT, val), 0);
	p[0x20 + 0x70] = 1; /* reserved byte inside the GM record's typed area */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, sizeof(p), CXLMB_STRICT, val), CXLMB_E_RESERVED_SET);
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, sizeof(p), CXLMB_LENIENT, val), 0);
	p[0x14] = 3; /* count past the bytes */
	assert_int_equal(cxlmb_cmd_decode(c, CXLMB_RSP, p, sizeof(p), CXLMB_LENIENT, val), CXLMB_E_COUNT_MISMATCH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_general_media),
		cmocka_unit_test(test_dram),
		cmocka_unit_test(test_memory_module),
		cmocka_unit_test(test_dynamic_capacity),
		cmocka_unit_test(test_opaque_types),
		cmocka_unit_test(test_get_event_records_catalog),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
