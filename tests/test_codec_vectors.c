/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Every typed command, both directions: a vector written from the
 * specification's layout ("offset:size=value" little-endian writes into a
 * zeroed payload, independent of the codec), the field values the decoder
 * must report, a byte-exact re-encode, every truncation, one byte too many,
 * counts that disagree with the bytes, reserved bits and undefined enums. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "cxlmb/cxlmb.h"

struct vec {
	uint16_t op;
	int dir;           /* CXLMB_REQ or CXLMB_RSP */
	unsigned len;      /* payload length */
	const char *wire;  /* "off:size=hexvalue ..." (size 1-8), or "off:*=hexbytes" */
	const char *expect; /* "field=value ..." as the visitor prints them */
};

#define Q CXLMB_REQ
#define R CXLMB_RSP
#define CEL "b5c0a90d41bf784b8f7996b1623b3f17" /* bytes of 0da9c0b5-... in wire order is below */

static const struct vec vecs[] = {
	/* ---- generic ---- */
	{ 0x0001, R, 0x12, "0:2=1e98 2:2=0cb5 4:2=1af4 6:2=1100 8:8=0123456789abcdef 10:1=0b 11:1=03",
	  "vendor_id=0x1e98 device_id=0xcb5 subsys_vendor_id=0x1af4 subsys_id=0x1100 serial_number=0x123456789abcdef max_msg_size=11 component_type=0x3" },
	{ 0x0002, R, 8, "0:1=c9 2:2=4400 4:2=0001 6:2=beef",
	  "running=1 percent=100 opcode=0x4400 return_code=0x1 vendor_status=0xbeef" },
	{ 0x0003, R, 1, "0:1=0c", "limit=12" },
	{ 0x0004, Q, 1, "0:1=09", "limit=9" },
	{ 0x0004, R, 1, "0:1=14", "limit=20" },
	{ 0x0100, Q, 1, "0:1=03", "log=3" },
	{ 0x0100, R, 0xA0, "0:1=03 2:2=0005 4:8=1111 c:8=2222 14:2=1 "
			   "20:*=770abcfd60c27f4185a9088b1621eba6 30:1=80 31:3=000020 34:2=0042 36:2=0041 "
			   "38:8=99 40:1=1 41:1=2 42:2=7 44:1=3 50:8=40000",
	  "overflow=1 more_records=1 overflow_err_count=5 first_overflow_ts=4369 last_overflow_ts=8738 "
	  "count=1 uuid=770abcfd-60c2-7f41-85a9-088b1621eba6 length=128 flags=0x20 handle=0x42 "
	  "related_handle=0x41 timestamp=153 maint_class=1 maint_subclass=2 ld_id=7 head_id=3" },
	{ 0x0101, Q, 0x0A, "0:1=02 1:1=00 2:1=02 6:2=0042 8:2=0043", "log=2 clear_all=0 count=2 handle=0x42 handle=0x43" },
	{ 0x0102, R, 5, "0:1=11 1:1=21 2:1=31 3:1=41 4:1=52",
	  "info_mode=1 info_msgnum=1 warn_msgnum=2 fail_msgnum=3 fatal_mode=1 fatal_msgnum=4 dcd_mode=2 dcd_msgnum=5" },
	{ 0x0103, Q, 4, "0:1=01 1:1=11 2:1=21 3:1=f2", "info_mode=1 warn_msgnum=1 fatal_mode=2 fatal_msgnum=15 dcd_mode=0" },
	{ 0x0104, R, 2, "0:2=a55a", "event_interrupt_settings=0xa55a" },
	{ 0x0105, Q, 2, "0:2=0102", "event_interrupt_settings=0x102" },
	{ 0x0105, R, 2, "0:2=0102", "event_interrupt_settings=0x102" },
	{ 0x0106, Q, 2, "0:2=0003", "event=0x3" },
	{ 0x0200, R, 0x50, "0:1=04 1:1=1a 2:1=01 10:*=4657312e30 20:*=4657322e30",
	  "slots_supported=4 active_slot=2 staged_slot=3 online_activation=1 slot_rev[0]=\"FW1.0\" slot_rev[1]=\"FW2.0\" slot_rev[2]=\"\"" },
	{ 0x0201, Q, 0x84, "0:1=02 1:1=02 4:4=00000010 80:*=deadbeef", "action=2 slot=2 offset=16 data=deadbeef" },
	{ 0x0202, Q, 2, "0:1=01 1:1=03", "action=1 slot=3" },
	{ 0x0300, R, 8, "0:8=16d0a1e2c3b4a500", "timestamp=1643991859308307712" },
	{ 0x0301, Q, 8, "0:8=1", "timestamp=1" },
	{ 0x0400, R, 0x1C, "0:2=1 8:*=0da9c0b5bf414b788f7996b1623b3f17 18:4=24",
	  "count=1 uuid=0da9c0b5-bf41-4b78-8f79-96b1623b3f17 size=36" },
	{ 0x0401, Q, 0x18, "0:*=0da9c0b5bf414b788f7996b1623b3f17 10:4=4 14:4=20",
	  "uuid=0da9c0b5-bf41-4b78-8f79-96b1623b3f17 offset=0x4 length=0x20" },
	{ 0x0401, R, 8, "0:4=00000001 4:4=00100401", "data=0100000001041000" },
	{ 0x0402, Q, 0x10, "0:*=5e1819d911a9400c811fd60719403d86", "uuid=5e1819d9-11a9-400c-811f-d60719403d86" },
	{ 0x0402, R, 4, "0:4=0b", "clear_supported=1 populate_supported=1 auto_populate_supported=0 persistent_across_cold_reset=1" },
	{ 0x0403, Q, 0x10, "0:*=5e1819d911a9400c811fd60719403d86", "uuid=5e1819d9-11a9-400c-811f-d60719403d86" },
	{ 0x0404, Q, 0x10, "0:*=5e1819d911a9400c811fd60719403d86", "uuid=5e1819d9-11a9-400c-811f-d60719403d86" },
	{ 0x0405, Q, 2, "0:1=08 1:1=01", "max_entries=8 start_index=1" },
	{ 0x0405, R, 0x1C, "0:1=1 2:2=3 4:1=2 8:*=5e1819d911a9400c811fd60719403d86 18:4=1000",
	  "count=1 total=3 start_index=2 uuid=5e1819d9-11a9-400c-811f-d60719403d86 size=4096" },
	{ 0x0500, Q, 8, "0:4=38 4:2=1", "count=56 start_index=1" },
	{ 0x0500, R, 0x38, "0:2=1 2:2=5 8:*=96dad7d6fde8482ba73375774e06db8a 18:2=0 1a:2=4 1c:2=2 1e:4=31 22:1=1 23:1=1 24:2=000b",
	  "count=1 supported=5 uuid=96dad7d6-fde8-482b-a733-75774e06db8a index=0 get_size=4 set_size=2 attr_flags=0x31 get_version=1 set_version=1 set_effects=0xb" },
	{ 0x0501, Q, 0x15, "0:*=96dad7d6fde8482ba73375774e06db8a 10:2=0 12:2=4 14:1=1",
	  "uuid=96dad7d6-fde8-482b-a733-75774e06db8a offset=0 count=4 selection=1" },
	{ 0x0501, R, 4, "0:4=0c000001", "data=0100000c" },
	{ 0x0502, Q, 0x22, "0:*=96dad7d6fde8482ba73375774e06db8a 10:4=0b 14:2=0 16:1=1 20:2=0c01",
	  "transfer=3 saved_across_reset=1 offset=0 version=1 data=010c" },
	/* r3.2 Tables 8-221, 8-223: patrol scrub writable attributes, a full transfer */
	{ 0x0502, Q, 0x22, "0:*=96dad7d6fde8482ba73375774e06db8a 10:4=0 14:2=0 16:1=1 20:2=010c",
	  "transfer=0 saved_across_reset=0 offset=0 version=1 data=0c01 cycle_hours=12 enable=1" },
	{ 0x0600, Q, 0x0E, "0:1=01 1:1=01 2:1=00 3:8=40000000 b:3=00000f", "op_class=1 op_subclass=1 params=0000000040000000000f0000 "
	  "query_resources=0 dpa=0x40000000 nibble_mask=0xf" },
	/* r3.2 Table 8-120: row sparing, hard, nibble mask valid */
	{ 0x0600, Q, 0x10, "0:1=02 1:1=01 2:1=0a 3:1=1 4:1=2 5:3=00000f 8:1=3 9:1=4 a:3=1234 d:2=56",
	  "op_class=2 op_subclass=1 query_resources=0 hard_sparing=1 sub_channel_valid=0 "
	  "nibble_mask_valid=1 channel=1 rank=2 nibble_mask=0xf bank_group=3 bank=4 row=4660 column=86 "
	  "sub_channel=0" },
	/* r3.2 Tables 8-136 to 8-140, built from the tables: PIDs are 11:0 of a word */
	/* r3.2 Table 8-71: GFD access error (02h) trigger bit 3, RPID 12h, DPA and HPA
	 * valid, request associated; Table 8-74 likewise */
	{ 0x0107, Q, 0x28, "0:2=5 2:2=8001 4:1=2 5:1=8 6:2=12 8:8=1000 10:8=80001000 18:2=3 1a:1=6 1c:2=e 1e:2=42 20:8=99",
	  "pbr_id=0x5 event_logs=0x1 bg_completed=1 notification_type=2 trigger=0x8 rpid=0x12 dpa=0x1000 "
	  "hpa=0x80001000 grp_id=3 mem_req_opcode=6 request_associated=1 dpa_valid=1 hpa_valid=1 "
	  "grp_id_valid=0 event_record_handle=0x42 timestamp=153" },
	{ 0x0108, Q, 0x20, "0:2=5 2:1=7 3:1=1 4:2=26 6:2=fff 8:8=2000 10:8=4000 18:8=1",
	  "pbr_id=0x5 notification_type=7 mem_req_opcode=1 request_associated=1 dpa_valid=1 hpa_valid=0 "
	  "mem_opcode_valid=1 rpid=0xfff dpa=0x2000 hpa=0x4000 timestamp=1" },
	/* r3.2 Tables 8-75, 8-76: one word, address bits 51:5 in place; the
	 * Head Index in bits 63:56 (r3.1 Table 8-63) */
	{ 0x0109, R, 8, "0:8=7f0123456789abe3",
	  "valid=1 overflow=1 buffer_addr=0x123456789abe0 head_index=127" },
	{ 0x010A, Q, 8, "0:8=2200000000001001", "valid=1 clear_overflow=0 buffer_addr=0x1000 tail_index=34" },
	{ 0x0700, R, 0x26, "0:2=12 2:2=1 4:*=00112233445566778899aabbccddeeff 14:2=fff",
	  "pid=0x12 primary_fm_pid=0x1 primary_fm_uuid=00112233-4455-6677-8899-aabbccddeeff "
	  "secondary_fm_pid=0xfff secondary_fm_uuid=00000000-0000-0000-0000-000000000000" },
	{ 0x0701, Q, 0x15, "0:1=0 1:2=1 3:*=0102030405060708090a0b0c0d0e0f10 13:2=10",
	  "operation=0 fm_pid=0x1 fm_uuid=01020304-0506-0708-090a-0b0c0d0e0f10 assigned_pid=0x10" },
	{ 0x0701, R, 0x24, "0:2=1 2:*=0102030405060708090a0b0c0d0e0f10 12:2=fff",
	  "primary_fm_pid=0x1 primary_fm_uuid=01020304-0506-0708-090a-0b0c0d0e0f10 secondary_fm_pid=0xfff" },
	{ 0x0702, Q, 0x14, "0:2=12 4:8=0 c:8=80", "target_pid=0x12 start_byte=0x0 num_bytes=128" },
	{ 0x0702, R, 0x18, "0:8=40 8:8=8 10:*=0102030405060708",
	  "total_size=64 num_bytes=8 data=0102030405060708" },
	/* ---- memory device ---- */
	{ 0x4000, R, 0x45, "0:*=4657312e30 10:8=4 18:8=1 20:8=2 28:8=1 30:2=40 32:2=20 34:2=10 36:2=8 38:4=1000 3c:3=100 3f:2=20 41:1=3 42:1=1 43:2=8",
	  "fw_revision=\"FW1.0\" total_capacity=4 volatile_only_capacity=1 persistent_only_capacity=2 partition_align=1 "
	  "info_event_log_size=64 warning_event_log_size=32 failure_event_log_size=16 fatal_event_log_size=8 lsa_size=4096 "
	  "poison_list_max_mer=256 inject_poison_limit=32 poison_caps=0x3 qos_telemetry_caps=0x1 dc_event_log_size=8" },
	{ 0x4100, R, 0x20, "0:8=1 8:8=3 10:8=2 18:8=2", "active_volatile=1 active_persistent=3 next_volatile=2 next_persistent=2" },
	{ 0x4101, Q, 9, "0:8=2 8:1=1", "volatile_capacity=2 immediate=1" },
	{ 0x4102, Q, 8, "0:4=100 4:4=80", "offset=0x100 length=0x80" },
	{ 0x4102, R, 3, "0:3=abcdef", "data=efcdab" },
	{ 0x4103, Q, 0x0B, "0:4=40 8:3=010203", "offset=0x40 data=030201" },
	{ 0x4200, R, 0x12, "0:1=05 1:1=02 2:1=26 3:1=5a 4:2=fffb 6:4=3 a:4=10 e:4=20",
	  "maintenance_needed=1 performance_degraded=0 hw_replacement_needed=1 media_status=2 life_used_level=2 "
	  "temperature_level=1 corrected_volatile_over_warning=0 corrected_persistent_over_warning=1 life_used=90 "
	  "temperature=-5 dirty_shutdowns=3 corrected_volatile_errors=16 corrected_persistent_errors=32" },
	{ 0x4201, R, 0x10, "0:1=1f 1:1=07 2:1=64 3:1=50 4:2=0055 6:2=fff6 8:2=0050 a:2=0000 c:2=100 e:2=200",
	  "valid_alerts=0x1f programmable_alerts=0x7 life_used_critical=100 life_used_warning=80 over_temp_critical=85 "
	  "under_temp_critical=-10 over_temp_warning=80 under_temp_warning=0 corrected_volatile_warning=256 corrected_persistent_warning=512" },
	{ 0x4202, Q, 0x0C, "0:1=03 1:1=01 2:1=4b 4:2=0046 6:2=fffb 8:2=10 a:2=20",
	  "valid_alert_actions=0x3 enable_alert_actions=0x1 life_used_warning=75 over_temp_warning=70 under_temp_warning=-5 "
	  "corrected_volatile_warning=16 corrected_persistent_warning=32" },
	{ 0x4203, R, 1, "0:1=01", "dirty=1" },
	{ 0x4204, Q, 1, "0:1=00", "dirty=0" },
	{ 0x4300, Q, 0x10, "0:8=40000000 8:8=100", "dpa=0x40000000 length=256" },
	{ 0x4300, R, 0x40, "0:1=05 2:8=77 a:2=2 20:8=40001003 28:4=2 30:8=80000002 38:4=1",
	  "more_records=1 overflow=0 scan_in_progress=1 overflow_ts=119 count=2 dpa=0x40001000 source=3 length=2 dpa=0x80000000 source=2 length=1" },
	{ 0x4301, Q, 8, "0:8=1000", "dpa=0x1000" },
	{ 0x4302, Q, 0x48, "0:8=2000 8:4=aabbccdd", "dpa=0x2000" },
	{ 0x4303, Q, 0x10, "0:8=0 8:8=40", "dpa=0x0 length=64" },
	{ 0x4303, R, 4, "0:4=3e8", "estimated_scan_time_ms=1000" },
	{ 0x4304, Q, 0x11, "0:8=4000 8:8=10 10:1=1", "dpa=0x4000 length=16 no_event_log=1" },
	{ 0x4305, R, 0x30, "0:8=8000 8:8=20 10:1=1 12:2=1 20:8=9001 28:4=1",
	  "restart_dpa=0x8000 restart_length=32 flags=0x1 count=1 dpa=0x9000 source=1 length=1" },
	{ 0x4402, Q, 0x18, "0:1=1 1:1=0 4:4=1 8:8=40000000 10:8=4", "op_class=1 op_subclass=0 range_count=1" },
	{ 0x4402, R, 0x10, "0:8=40 8:2=2 a:2=2 c:1=1", "data=400000000000000002000200010000" },
	{ 0x4500, R, 4, "0:4=25", "user_pass_set=1 master_pass_set=0 locked=1 frozen=0 user_attempts_exceeded=0 master_attempts_exceeded=1" },
	{ 0x4501, Q, 0x60, "0:1=1 20:*=6f6c64 40:*=6e6577", "type=1" },
	{ 0x4502, Q, 0x40, "0:1=0 20:*=706173", "type=0" },
	{ 0x4503, Q, 0x20, "0:*=70617373", "passphrase=7061737300000000000000000000000000000000000000000000000000000000" },
	{ 0x4505, Q, 0x40, "0:1=1 20:*=70", "type=1" },
	{ 0x4600, Q, 0x0A, "0:1=ea 1:2=0102 8:2=ffee", "protocol=234 sp_specific=0x102 data=eeff" },
	{ 0x4601, Q, 8, "0:1=ea 1:2=0003", "protocol=234 sp_specific=0x3" },
	{ 0x4601, R, 2, "0:2=0201", "data=0102" },
	{ 0x4700, R, 4, "0:1=03 1:1=32 2:1=50 3:1=8", "egress_congestion_enable=1 throughput_reduction_enable=1 egress_moderate_pct=50 egress_severe_pct=80 backpressure_sample_interval=8" },
	{ 0x4701, Q, 4, "0:1=01 1:1=0a 2:1=14 3:1=f", "egress_congestion_enable=1 egress_moderate_pct=10 egress_severe_pct=20 backpressure_sample_interval=15" },
	{ 0x4702, R, 1, "0:1=2a", "backpressure_avg_pct=42" },
	{ 0x4800, Q, 2, "0:1=8 1:1=0", "region_count=8 start_region=0" },
	{ 0x4800, R, 0x40, "0:1=2 1:1=1 8:8=100000000 10:8=4 18:8=40000000 20:8=200000 28:4=7 2c:1=1 30:4=10 34:4=f 38:4=8 3c:4=6",
	  "regions_available=2 num_regions=1 base=0x100000000 decode_length=4 length=0x40000000 block_size=0x200000 dsmad_handle=0x7 "
	  "sanitize_on_release=1 extents_supported=16 extents_available=15 tags_supported=8 tags_available=6" },
	{ 0x4801, Q, 8, "0:4=10 4:4=0", "extent_count=16 start_index=0" },
	{ 0x4801, R, 0x38, "0:4=1 4:4=1 8:4=9 10:8=100000000 18:8=200000 20:*=11223344556677889900aabbccddeeff 30:2=2",
	  "count=1 total=1 generation=9 start_dpa=0x100000000 length=0x200000 tag=11223344-5566-7788-9900-aabbccddeeff shared_seq=2" },
	{ 0x4802, Q, 0x20, "0:4=1 4:1=1 8:8=100000000 10:8=200000", "count=1 more=1 dpa=0x100000000 length=0x200000" },
	{ 0x4803, Q, 0x08, "0:4=0", "count=0 more=0" },
	/* ---- FM API ---- */
	/* r3.2 Tables 8-188 to 8-193 (entries: Table 7-66, Table 8-63) */
	{ 0x4902, Q, 4, "2:1=2 3:1=0", "region_count=2 start_region=0" },
	{ 0x4902, R, 0x3C, "2:1=2 3:1=1 4:8=0 c:8=4 14:8=40000000 1c:8=200000 24:1=08 28:1=1 2c:4=10 30:4=f 34:4=8 38:4=6",
	  "regions_available=2 num_regions=1 base=0x0 decode_length=4 length=0x40000000 block_size=0x200000 "
	  "dsmas_flags=0x8 sanitize_on_release=1 extents_supported=16 extents_available=15 tags_supported=8 "
	  "tags_available=6" },
	{ 0x4904, Q, 0x0C, "0:2=3 4:4=8 8:4=0", "grp_id=3 extent_count=8 start_index=0" },
	{ 0x4904, R, 0x40, "0:2=3 4:4=0 8:4=1 c:4=1 10:4=5 18:8=400000 20:8=200000 28:*=bb 38:2=1",
	  "grp_id=3 start_index=0 count=1 total=1 generation=5 start_dpa=0x400000 length=0x200000 "
	  "tag=bb000000-0000-0000-0000-000000000000" },
	/* r3.2 Tables 8-194 to 8-197: one DMP, sharable (bit 3), index 1, sanitized on release */
	{ 0x4905, Q, 4, "2:1=1 3:1=1", "dmp_count=1 start_dmp=1" },
	{ 0x4905, R, 0x2C, "2:1=2 3:1=1 4:8=10000000 c:8=4 14:8=40000000 1c:8=200000 24:1=08 25:1=1 28:1=1",
	  "num_available=2 num_dmps=1 base=0x10000000 decode_length=4 length=0x40000000 block_size=0x200000 "
	  "dsmas_flags=0x8 dmp_index=1 sanitize_on_release=1" },
	{ 0x4906, Q, 0x2C, "2:1=1 3:1=1 4:8=10000000 c:8=4 14:8=40000000 1c:8=200000 24:1=08 25:1=1 28:1=0",
	  "num_dmps=1 start_dmp=1 base=0x10000000 decode_length=4 length=0x40000000 block_size=0x200000 "
	  "dsmas_flags=0x8 dmp_index=1 sanitize_on_release=0" },
	/* r3.2 Tables 8-198 to 8-201: free policy on region 1, then a tag-based sanitizing release */
	{ 0x4907, Q, 0x24, "0:2=3 2:1=0 3:1=1 4:8=200000 c:*=cc 20:4=4",
	  "grp_id=3 policy=0 region=1 length=0x200000 extent_count=0 max_rsp_extents=4" },
	{ 0x4907, R, 0x40, "0:2=3 4:4=0 8:4=1 c:4=1 10:4=6 18:8=400000 20:8=200000 28:*=cc 38:2=0",
	  "grp_id=3 start_index=0 count=1 total=1 generation=6 start_dpa=0x400000 length=0x200000" },
	{ 0x4908, Q, 0x24, "0:2=3 2:1=20 4:8=200000 c:*=cc 20:4=4",
	  "grp_id=3 removal_policy=0 sanitize_on_release=1 length=0x200000 extent_count=0 max_rsp_extents=4" },
	{ 0x4908, R, 0x18, "0:2=3 4:4=0 8:4=0 c:4=0 10:4=7", "grp_id=3 start_index=0 count=0 total=0 generation=7" },
	/* r3.2 Tables 8-202 to 8-206: references by tag; two tags listed, the first referenced */
	{ 0x4909, Q, 0x10, "0:*=0102030405060708090a0b0c0d0e0f10", "tag=01020304-0506-0708-090a-0b0c0d0e0f10" },
	{ 0x490A, Q, 0x10, "0:*=0102030405060708090a0b0c0d0e0f10", "tag=01020304-0506-0708-090a-0b0c0d0e0f10" },
	{ 0x490B, Q, 8, "0:4=0 4:4=2", "start_index=0 max_tags=2" },
	{ 0x490B, R, 0x34, "0:4=9 4:4=2 c:*=aa 1c:1=1 20:*=bb",
	  "generation=9 total_tags=2 tags=aa000000000000000000000000000000010000" },
	/* r3.2 Tables 8-207 to 8-215 (490Ch's list at 06h: see docs/codec-notes.md) */
	{ 0x490C, Q, 6, "2:2=2 4:2=10", "count=2 start_rpid=16" },
	{ 0x490C, R, 0x0E, "2:2=2 4:2=10 6:4=5 a:4=80000001", "count=2 start_rpid=16 grp_acc_vec=0x5 grp_acc_vec=0x80000001" },
	{ 0x490D, Q, 8, "0:2=1 2:2=12 4:4=80000003", "count=1 rpid=0x12 grp_acc_vec=0x3 notify_rpid=1" },
	{ 0x490E, R, 7, "0:1=1 1:1=a 2:1=19 3:1=8 4:2=100 6:1=40",
	  "egress_congestion_enable=1 throughput_reduction_enable=0 egress_moderate_pct=10 egress_severe_pct=25" },
	{ 0x490F, Q, 7, "0:1=3 1:1=a 2:1=19 3:1=8 4:2=0 6:1=40", "throughput_reduction_enable=1 egress_severe_pct=25" },
	{ 0x490F, R, 7, "0:1=3 1:1=a 2:1=19 3:1=8 4:2=0 6:1=40", "throughput_reduction_enable=1 egress_moderate_pct=10" },
	{ 0x4910, R, 1, "0:1=2a", "backpressure_avg_pct=42" },
	{ 0x4911, Q, 4, "0:2=2 2:2=20", "num_rpids=2 start_rpid=0x20" },
	{ 0x4911, R, 6, "0:2=2 2:2=20 4:1=40 5:1=80", "num_rpids=2 start_rpid=0x20 id=64 id=128" },
	/* r3.2 Tables 8-216 to 8-220: a valid, 2-way (1), 256 B (0) GDT entry as way 1 */
	{ 0x4912, Q, 5, "0:2=1 2:2=21 4:1=80", "num_rpids=1 start_rpid=0x21 id=128" },
	{ 0x4912, R, 5, "0:2=1 2:2=21 4:1=80", "num_rpids=1 start_rpid=0x21 id=128" },
	{ 0x4913, Q, 6, "0:2=21 4:1=8 5:1=0", "rpid=0x21 gdt_count=8 start_gdt=0" },
	{ 0x4913, R, 0x28, "0:2=21 4:1=0 5:1=1 6:1=8 8:1=0 9:1=1 c:8=100000000 14:8=40000000 1c:8=40000000 24:1=1 26:1=1",
	  "rpid=0x21 start_gdt=0 count=1 total=8 gdt_index=0 valid=1 coherent=0 hpa_base=0x100000000 "
	  "dpa_base=0x40000000 dpa_len=0x40000000 intlv=1 gran=0 way=1" },
	{ 0x4914, Q, 0x26, "0:2=21 4:1=1 5:1=0 6:1=0 7:1=1 8:1=1 a:8=100000000 12:8=40000000 1a:8=40000000 22:1=1 24:1=1",
	  "rpid=0x21 count=1 start_gdt=0 valid=1 coherent=1 hpa_base=0x100000000 way=1" },
	/* r3.2 Table 8-186 (r3.1 8-171): 2 DMPs, 2 regions, 256 groups, free and
	 * prescriptive adds, tag-based release, 16 GiB; region 0 and DMP 0 offer
	 * 2 MiB and 1 GiB blocks, region 1 2 MiB, DMP 1 4 KiB; 8 GiB volatile
	 * only, 4 GiB persistent only (at 8Ch, as printed) */
	{ 0x4900, R, 0x94, "0:1=2 1:1=2 2:2=100 4:2=5 6:1=1 8:2=1 a:1=3 c:8=40 14:8=40200000 "
			   "1c:8=200000 54:8=40200000 5c:8=1000 74:8=20 8c:8=10",
	  "num_dmps=2 num_regions=2 num_grp_ids=256 add_policies=0x5 egress_congestion=1 "
	  "throughput_reduction=0 removal_policies=0x1 sanitize_config_mask=0x3 total_dc=64 "
	  "region_bsm[0]=0x40200000 region_bsm[1]=0x200000 dmp_bsm[0]=0x40200000 dmp_bsm[1]=0x1000 "
	  "volatile_only=32 persistent_only=16" },
	/* r3.2 Table 8-191 / r3.1 8-176: region 1, 2 MiB blocks, sanitized on
	 * release, 512 MiB used of 1 GiB decoded at 1 GiB */
	{ 0x4903, Q, 0x28, "0:1=1 4:8=200000 c:1=1 10:8=40000000 18:8=40000000 20:8=20000000",
	  "region_id=1 block_size=0x200000 sanitize_on_release=1 base=0x40000000 "
	  "decode_length=0x40000000 length=0x20000000" },
	/* r3.2 Table 8-187: media ready, PBR mode, x8 of x16, 32 GT/s, L0, PRSNT# */
	{ 0x4901, R, 0x0B, "0:1=04 1:1=5 2:1=10 3:1=08 4:1=1f 5:1=5 6:1=5 7:1=4 8:1=0 9:2=4",
	  "device_fatal=0 fw_halt=0 media_status=1 reset_needed=0 link_mode=5 max_link_width=16 "
	  "negotiated_link_width=8 supported_link_speeds=31 max_link_speed=5 current_link_speed=5 ltssm_state=4 "
	  "first_negotiated_lane=0 lane_reversal=0 perst=0 prsnt=1 power_off=0" },
	/* r3.2 Tables 7-112 to 7-114: GAEs in VCS 0 and 2; a crawl out to PID 12h
	 * carrying Identify (0001h), and its Invalid Input answer */
	{ 0x5700, R, 0x0C, "0:8=5 8:1=2 9:1=1 b:1=83",
	  "gae_support_map=0x5 num_drts=2 num_rgts=1 random=1 congestion_avoidance=1 advanced_ca=0 vendor_mode1=0 vendor_mode2=1" },
	{ 0x5701, Q, 0x12, "0:2=12 2:1=1 4:2=c 6:1=0 7:1=3 9:1=1",
	  "target=0x12 target_type=1 command_size=12 message=000300010000000000000000" },
	{ 0x5701, R, 0x10, "0:2=c 4:1=1 5:1=3 7:1=1 c:2=2", "response_length=12" },
	/* r3.2 Tables 7-115 to 7-128, built from the tables */
	{ 0x5702, Q, 2, "0:1=1 1:1=3", "num_ports=1 id=3" },
	{ 0x5702, R, 0x3A, "0:1=1 4:1=3 5:1=7 6:2=2012 8:*=11 18:1=1 19:1=2 1a:*=22 2a:*=33",
	  "num_ports=1 port_id=3 far_end_port_id=7 pid=0x12 device_type=2 std_fc_vc_list=0x1 uio_fc_vc_list=0x2" },
	{ 0x5703, Q, 4, "0:2=0 2:2=4", "start_index=0 count=4" },
	{ 0x5703, R, 0x0C, "0:2=9 2:2=1 4:2=5 6:1=1 7:1=0 8:1=2 9:1=3 a:2=fff",
	  "total=9 count=1 target_id=5 target_type=1 instance_id=0 vcs_id=2 port_id=3 pid=0xfff" },
	{ 0x5704, Q, 9, "0:1=0 2:2=1 4:2=34 6:2=5 8:1=0", "operation=0 count=1 pid=0x34 target_id=5 instance_id=0" },
	{ 0x5705, Q, 2, "0:1=1 1:1=2", "vcs_id=1 vppb_id=2" },
	{ 0x5705, R, 0x18, "0:2=34 4:8=3e8 c:2=64 e:8=100000 16:2=10",
	  "pid=0x34 latency_base=1000 latency=100 bw_base=1048576 bw=16" },
	{ 0x5706, Q, 0x1C, "0:1=0 1:1=1 2:1=2 4:2=34 8:8=3e8 10:2=64 12:8=100000 1a:2=10",
	  "operation=0 vcs_id=1 vppb_id=2 pid=0x34 latency_base=1000 latency=100 bw_base=1048576 bw=16" },
	{ 0x5707, Q, 4, "0:2=0 2:2=1", "start_index=0 count=1" },
	{ 0x5707, R, 0x2B, "0:2=0 2:2=1 4:1=1 5:2=3 7:1=ff", "start_index=0 count=1 table_type=1 table_index=3" },
	/* r3.2 Tables 7-133 to 7-139: an RGT entry with ports 3 and 4 valid, one primary,
	 * congestion avoidance with mix 2 */
	/* r3.2 Tables 7-129 to 7-132: DRT 2, two entries from 10h: port 5, RGT entry 3 */
	{ 0x5708, Q, 6, "0:1=2 2:2=2 4:2=10", "rgt_index=2 count=2 start_entry=16" },
	{ 0x5708, R, 0x0C, "0:1=2 2:2=2 4:2=10 6:1=7 8:1=1 9:1=5 a:1=2 b:1=3",
	  "drt_index=2 count=2 start_entry=16 rgt_index=7 entry_type=1 routing_target=5 entry_type=2 routing_target=3" },
	{ 0x5709, Q, 0x0A, "0:1=2 2:2=2 4:2=10 6:1=1 7:1=5 8:1=2 9:1=3",
	  "drt_index=2 count=2 start_entry=16 entry_type=1 routing_target=5 entry_type=2 routing_target=3" },
	{ 0x570A, Q, 6, "0:1=1 2:2=1 4:2=0", "rgt_index=1 count=1 start_entry=0" },
	{ 0x570A, R, 0x12, "0:1=1 2:2=1 4:2=0 6:1=3 7:1=4 e:1=01 f:1=11",
	  "rgt_index=1 count=1 start_entry=0 egress_port=0304000000000000 highest_valid=1 highest_primary=0 routing_mode=1 mix=2" },
	{ 0x570B, Q, 0x12, "0:1=1 2:2=1 4:2=0 6:1=3 7:1=4 e:1=01 f:1=11", "rgt_index=1 count=1 routing_mode=1 mix=2" },
	{ 0x570C, Q, 1, "0:1=0", "id=0" },
	{ 0x570C, R, 0x1A, "0:1=0 1:2=10 3:1=2 4:2=4 6:2=1 8:2=fff a:8=1000000000 12:8=2000000000",
	  "vppb_instance=0 num_segments=16 seg_size=2 num_idt=4 num_re_routers=1 local_pid=0xfff "
	  "fabric_base=0x1000000000 fabric_limit=0x2000000000" },
	{ 0x570D, Q, 0x12, "0:1=1 1:1=2 2:8=1000000000 a:8=2000000000",
	  "vppb_instance=1 seg_size=2 fabric_base=0x1000000000 fabric_limit=0x2000000000" },
	/* r3.2 Tables 7-140 to 7-145: a valid 2-way (intlv 1) segment at IDT index 4 */
	{ 0x570E, Q, 6, "0:1=1 2:2=1 4:2=0", "vppb_instance=1 count=1 start_index=0" },
	{ 0x570E, R, 0x0C, "0:2=1 2:2=0 4:1=1 5:1=1 6:1=0 8:2=4", "count=1 start_index=0 valid=1 pcie_segment=0 intlv=1 gran=0 dpid_ix=0x4" },
	{ 0x570F, Q, 0x0E, "0:1=1 2:2=1 4:2=0 6:1=3 7:1=1 8:1=0 a:2=4", "vppb_instance=1 count=1 valid=1 pcie_segment=1 intlv=1 dpid_ix=0x4" },
	{ 0x5710, Q, 6, "0:1=1 2:2=2 4:2=4", "vppb_instance=1 count=2 start_index=4" },
	{ 0x5710, R, 8, "0:2=2 2:2=4 4:2=21 6:2=22", "count=2 start_index=4 pid=0x21 pid=0x22" },
	/* Tables 7-146 to 7-155 */
	{ 0x5711, Q, 0x0C, "0:1=2 2:2=2 4:2=1 8:2=123 a:2=456", "vppb_instance=2 count=2 start_index=1 pid=0x123 pid=0x456" },
	{ 0x5712, Q, 6, "0:1=1 2:2=1 4:2=3", "vppb_instance=1 count=1 start_index=3" },
	{ 0x5712, R, 9, "0:2=1 2:2=3 4:2=1005 6:1=2 7:1=40 8:1=1b",
	  "count=1 start_index=3 dpid=0x5 enable_segment=1 segment=2 bus=64 function=3 device=3" },
	{ 0x5713, Q, 0x0B, "0:1=1 2:2=1 4:2=0 6:2=7 9:1=1 a:1=8",
	  "vppb_instance=1 count=1 start_index=0 dpid=0x7 enable_segment=0 segment=0 bus=1 function=0 device=1" },
	{ 0x5714, Q, 8, "0:4=10 4:4=2", "start_byte=16 num_bytes=2" },
	{ 0x5714, R, 6, "0:4=2 4:1=ff 5:1=01", "num_bytes=2 id=255 id=1" },
	{ 0x5715, Q, 0x0C, "0:1=1 4:4=0 8:4=200", "vcs_id=1 start_byte=0 num_bytes=512" },
	{ 0x5715, R, 4, "0:4=0", "num_bytes=0" },
	{ 0x5716, Q, 4, "0:1=1 2:2=1abc", "vcs_id=1 pid=0xabc operation=1" },
	/* Tables 7-156 to 7-187 */
	{ 0x5800, Q, 2, "0:1=1 1:1=2", "start_vppb=1 num_vppbs=2" },
	{ 0x5800, R, 0x10, "0:2=7010 2:2=8 4:2=3 6:1=1 7:1=2 8:2=10 c:2=20",
	  "max_enabled_pids=16 egress_vpl0=1 ingress_vpl0=1 gim_config=1 total_threads=8 avail_threads=3 start_vppb=1 num_vppbs=2 num_fast_segments=16 num_fast_segments=32" },
	{ 0x5801, Q, 9, "0:4=0 4:4=4 8:1=1", "start_byte=0 num_bytes=4 clear_on_read=1" },
	{ 0x5801, R, 8, "0:4=4 4:4=80000001", "num_bytes=4 id=1 id=0 id=0 id=128" },
	{ 0x5802, Q, 8, "0:4=200 4:4=2", "start_byte=512 num_bytes=2" },
	{ 0x5802, R, 6, "0:4=2 4:1=3", "num_bytes=2 id=3 id=0" },
	{ 0x5803, Q, 4, "0:1=2", "vppb_instance=2" },
	{ 0x5803, R, 0x1E, "0:1=2 1:2=8 3:1=3 4:2=4 6:1=2 7:1=1 a:8=100000000 12:8=1ffffffff 1a:2=12 1c:2=34",
	  "vppb_instance=2 num_segments=8 seg_size=3 num_idt=4 pid_list_len=2 egress_vpl0=1 ingress_vpl0=0 fabric_base=0x100000000 fabric_limit=0x1ffffffff pid=0x12 pid=0x34" },
	{ 0x5804, Q, 0x14, "1:1=2 2:1=2 4:8=40000000 c:8=7fffffff",
	  "vppb_instance=0 seg_size=2 egress_vpl0=0 ingress_vpl0=1 fabric_base=0x40000000 fabric_limit=0x7fffffff" },
	{ 0x5805, Q, 6, "2:2=1 4:2=5", "vppb_instance=0 count=1 start_index=5" },
	{ 0x5805, R, 0x0C, "0:2=1 2:2=5 4:1=3 8:2=9", "count=1 start_index=5 valid=1 gim=1 intlv=0 gran=0 dpid_ix=0x9" },
	{ 0x5806, Q, 0x0E, "2:2=1 4:2=5 6:1=1 7:1=2 8:1=1 a:2=3",
	  "vppb_instance=0 count=1 start_index=5 valid=1 gim=0 intlv=2 gran=1 dpid_ix=0x3" },
	{ 0x5807, Q, 6, "2:2=1", "count=1 start_index=0" },
	{ 0x5807, R, 6, "0:2=1 4:2=fff", "count=1 start_index=0 pid=0xfff" },
	{ 0x5808, Q, 0x0A, "2:2=1 4:2=7 8:2=55", "count=1 start_index=7 pid=0x55" },
	{ 0x5809, Q, 0x16, "0:2=abc 2:8=10000 a:2=20 c:8=20000 14:2=100",
	  "pid=0xabc req_addr=0x10000 req_size=32 rsp_addr=0x20000 max_rsp_size=256" },
	{ 0x5809, R, 3, "0:1=5 1:2=7", "seq=5 avail_threads=7" },
	{ 0x580A, Q, 2, "0:2=5abc", "pid=0xabc seq=5" },
	{ 0x580A, R, 4, "0:1=1 2:2=6", "in_progress=1 avail_threads=6" },
	{ 0x580B, Q, 2, "0:2=1001", "pid=0x1 seq=1" },
	{ 0x580B, R, 2, "0:2=8", "avail_threads=8" },
	{ 0x5900, Q, 3, "0:1=1 2:1=1", "vcs_id=1 start_vppb=0 num_vppbs=1" },
	{ 0x5900, R, 0x0C, "0:2=5 2:2=4 4:2=4 7:1=1 8:2=2",
	  "max_enabled_pids=5 egress_vpl0=0 ingress_vpl0=0 gim_config=0 total_threads=4 avail_threads=4 start_vppb=0 num_vppbs=1 num_fast_segments=2" },
	{ 0x5901, Q, 0x0C, "0:1=1 4:4=200 8:4=200", "vcs_id=1 start_byte=512 num_bytes=512" },
	{ 0x5901, R, 4, "0:4=0", "num_bytes=0" },
	{ 0x5902, Q, 0x18, "0:1=1 2:2=4123 4:8=3e8 c:2=5 e:8=64 16:2=a",
	  "vcs_id=1 pid=0x123 operation=4 latency_base=1000 latency=5 bw_base=100 bw=10" },
	{ 0x5903, Q, 1, "0:1=3", "id=3" },
	{ 0x5903, R, 1, "0:1=2", "egress_vpl0=0 ingress_vpl0=1" },
	{ 0x5904, Q, 3, "0:1=3 2:1=3", "vcs_id=3 egress_vpl0=1 ingress_vpl0=1" },
	{ 0x5100, R, 0x49, "0:1=2 2:1=8 3:1=2 4:1=ff 24:1=3 44:2=10 46:2=3 48:1=4",
	  "ingress_port_id=2 num_physical_ports=8 num_vcs=2 total_vppbs=16 bound_vppbs=3 num_hdm_decoders=4" },
	{ 0x5101, Q, 3, "0:1=2 1:1=1 2:1=5", "num_ports=2 id=1 id=5" },
	{ 0x5101, R, 0x14, "0:1=1 4:1=1 5:1=3 6:1=2 8:1=5 9:1=1f a:1=10 b:1=10 c:1=3f d:1=5 e:1=5 f:1=4 10:1=0 11:2=4 13:1=10",
	  "num_ports=1 port_id=1 config_state=3 connected_device_mode=2 connected_device_type=5 supported_cxl_modes=0x1f "
	  "max_link_width=16 negotiated_link_width=16 supported_link_speeds=0x3f max_link_speed=5 current_link_speed=5 "
	  "ltssm_state=4 first_negotiated_lane=0 link_state_flags=0x4 supported_ld_count=16" },
	/* r3.2 Table 7-19: a PBR switch's USP with GAE support (bit 4), PBR mode */
	{ 0x5101, R, 0x14, "0:1=1 4:1=0 5:1=14 6:1=5 8:1=6 9:1=10 a:1=8 b:1=8 c:1=1f d:1=5 e:1=5 f:1=4 11:2=e 13:1=1",
	  "num_ports=1 port_id=0 config_state=4 gae_support=1 connected_device_mode=5 connected_device_type=6 "
	  "supported_cxl_modes=0x10 max_link_width=8 negotiated_link_width=8 supported_link_speeds=0x1f "
	  "max_link_speed=5 current_link_speed=5 ltssm_state=4 first_negotiated_lane=0 link_state_flags=0xe "
	  "supported_ld_count=1" },
	{ 0x5102, Q, 2, "0:1=3 1:1=2", "ppb_id=3 port_opcode=2" },
	{ 0x5103, Q, 8, "0:1=1 1:3=801010 4:4=cafe", "ppb_id=1 reg_num=16 ext_reg_num=0 first_dw_be=1 write=1 write_data=0xcafe" },
	{ 0x5103, R, 4, "0:4=12345678", "read_data=0x12345678" },
	{ 0x5104, R, 1, "0:1=1", "state=1" },
	{ 0x5105, Q, 0x10, "0:*=00112233445566778899aabbccddeeff", "secret=00112233-4455-6677-8899-aabbccddeeff" },
	{ 0x5106, Q, 1, "0:1=1", "vcs_id=1" },
	{ 0x5106, R, 1, "0:1=0", "state=0" },
	{ 0x5107, Q, 1, "0:1=2", "vcs_id=2" },
	{ 0x5107, R, 0x10, "0:*=00112233445566778899aabbccddeeff", "secret=00112233-4455-6677-8899-aabbccddeeff" },
	{ 0x5200, Q, 5, "0:1=0 1:1=8 2:1=2 3:1=0 4:1=1", "start_vppb=0 vppb_list_limit=8 num_vcs=2 id=0 id=1" },
	{ 0x5200, R, 0x18, "0:1=2 4:1=0 5:1=1 6:1=2 7:1=1 8:1=2 9:1=4 a:1=ff c:1=1 d:1=1 e:1=3 f:1=2 10:1=3 11:1=5 12:1=1",
	  "num_vcs=2 vcs_id=0 state=1 usp_id=2 num_vppbs=1 binding_status=2 bound_port_id=4 bound_ld_id=255 "
	  "vcs_id=1 usp_id=3 num_vppbs=2 bound_port_id=5 bound_ld_id=1" },
	{ 0x5201, Q, 6, "0:1=1 1:1=2 2:1=3 4:2=ffff", "vcs_id=1 vppb_id=2 port_id=3 ld_id=0xffff" },
	{ 0x5202, Q, 3, "0:1=1 1:1=2 2:1=1", "vcs_id=1 vppb_id=2 option=1" },
	/* r3.2 Table 7-35: VCS 1, DSP vPPB 2, uncorrectable (bit 31) status bit 4 */
	{ 0x5203, Q, 0x28, "0:1=1 1:1=2 4:4=80000004 8:*=4a000001 c:*=0100000f",
	  "vcs_id=1 vppb_instance=2 error_bit=4 severity=1 aer_header=4a0000010100000f" },
	{ 0x5300, Q, 0x10, "0:1=1 1:1=0 2:2=c 4:1=0 5:1=7 7:1=01 8:1=00", "target_id=1 target_type=0 command_size=12 message=000700010000000000000000" },
	{ 0x5300, R, 0x10, "0:2=c 4:1=1 5:1=7 7:1=1 8:1=3", "response_length=12" },
	{ 0x5301, Q, 0x0C, "0:1=2 1:3=00f004 4:2=1 8:4=0", "ppb_id=2 reg_num=4 first_dw_be=15 write=0 ld_id=1 write_data=0x0" },
	{ 0x5301, R, 4, "0:4=1", "read_data=0x1" },
	{ 0x5302, Q, 0x14, "0:1=1 1:3=80f000 4:2=2 6:2=4 8:8=1000 10:4=aabbccdd",
	  "port_id=1 first_dw_be=15 last_dw_be=0 write=1 ld_id=2 length=4 address=0x1000 data=ddccbbaa" },
	{ 0x5302, R, 8, "0:2=4 4:4=01020304", "return_size=4 data=04030201" },
	{ 0x5400, R, 0x0B, "0:8=100000000 8:2=4 a:1=3", "memory_size=0x100000000 ld_count=4 qos_telemetry_caps=0x3" },
	{ 0x5401, Q, 2, "0:1=0 1:1=4", "start=0 limit=4" },
	{ 0x5401, R, 0x24, "0:1=4 1:1=1 2:1=0 3:1=2 4:8=2 c:8=0 14:8=1 1c:8=1",
	  "num_lds=4 granularity=1 start_ld=0 list_count=2 range1_multiplier=2 range2_multiplier=0 range1_multiplier=1 range2_multiplier=1" },
	{ 0x5402, Q, 0x14, "0:1=1 1:1=2 4:8=3 c:8=4", "num_lds=1 start_ld=2 range1_multiplier=3 range2_multiplier=4" },
	{ 0x5402, R, 0x14, "0:1=1 1:1=2 4:8=3 c:8=4", "num_lds=1 start_ld=2 range1_multiplier=3 range2_multiplier=4" },
	{ 0x5403, R, 7, "0:1=1 1:1=a 2:1=14 3:1=5 4:2=100 6:1=7",
	  "egress_congestion_enable=1 throughput_reduction_enable=0 egress_moderate_pct=10 egress_severe_pct=20 backpressure_sample_interval=5 reqcmp_basis=256 completion_collection_interval=7" },
	{ 0x5404, Q, 7, "0:1=2 1:1=a 2:1=14 3:1=5 4:2=100 6:1=7", "throughput_reduction_enable=1 reqcmp_basis=256" },
	{ 0x5404, R, 7, "0:1=2 1:1=a 2:1=14 3:1=5 4:2=100 6:1=7", "throughput_reduction_enable=1 completion_collection_interval=7" },
	{ 0x5405, R, 1, "0:1=10", "backpressure_avg_pct=16" },
	{ 0x5406, Q, 2, "0:1=2 1:1=0", "start=2 limit=0" },
	{ 0x5406, R, 4, "0:1=2 1:1=0 2:1=80 3:1=40", "num_lds=2 start_ld=0 id=128 id=64" },
	{ 0x5407, Q, 3, "0:1=1 1:1=3 2:1=ff", "num_lds=1 start_ld=3 id=255" },
	{ 0x5407, R, 3, "0:1=1 1:1=3 2:1=ff", "num_lds=1 start_ld=3 id=255" },
	{ 0x5408, Q, 2, "0:1=0 1:1=4", "start=0 limit=4" },
	{ 0x5408, R, 3, "0:1=1 1:1=0 2:1=20", "num_lds=1 id=32" },
	{ 0x5409, Q, 3, "0:1=1 1:1=0 2:1=20", "num_lds=1 id=32" },
	{ 0x5409, R, 3, "0:1=1 1:1=0 2:1=20", "num_lds=1 id=32" },
	{ 0x5500, Q, 2, "0:1=0 1:1=2", "start=0 limit=2" },
	{ 0x5500, R, 0x0A, "0:1=4 1:1=2 4:1=0 5:1=2 8:1=0 9:1=1", "num_lds=4 num_heads=2 start_ld=0 map_count=2 id=0 id=1" },
	{ 0x5501, Q, 2, "0:1=0 1:1=1", "start_head=0 num_heads=1" },
	{ 0x5501, R, 0x0D, "0:1=1 4:1=7 5:1=8 6:1=8 7:1=1f 8:1=5 9:1=5 a:1=4 b:1=0 c:1=0",
	  "num_heads=1 port_number=7 max_link_width=8 negotiated_link_width=8 supported_link_speeds=0x1f max_link_speed=5 current_link_speed=5 ltssm_state=4" },
	{ 0x5600, R, 0x54, "0:1=2 1:1=2 4:2=7 8:2=3 a:1=1 c:8=10 14:8=200000 1c:8=40200000",
	  "num_hosts=2 num_regions=2 add_policies=0x7 removal_policies=0x3 sanitize_mask=0x1 total_capacity=16 block_size_mask[0]=0x200000 block_size_mask[1]=0x40200000" },
	{ 0x5601, Q, 4, "0:2=1 2:1=2 3:1=0", "host_id=1 region_count=2 start_region=0" },
	{ 0x5601, R, 0x3C, "0:2=1 2:1=2 3:1=1 4:8=0 c:8=4 14:8=40000000 1c:8=200000 24:1=08 28:1=1 2c:4=10 30:4=f 34:4=8 38:4=6",
	  "host_id=1 regions_available=2 num_regions=1 base=0x0 decode_length=4 length=0x40000000 block_size=0x200000 dsmas_flags=0x8 "
	  "sanitize_on_release=1 extents_supported=16 extents_available=15 tags_supported=8 tags_available=6" },
	{ 0x5602, Q, 0x10, "0:1=1 4:8=200000 c:1=1", "region_id=1 block_size=0x200000 sanitize_on_release=1" },
	/* r3.2 Table 7-67: the response is the request layout, echoed */
	{ 0x5602, R, 0x10, "0:1=2 4:8=40000000 c:1=0", "region_id=2 block_size=0x40000000 sanitize_on_release=0" },
	{ 0x5603, Q, 0x0C, "0:2=1 4:4=8 8:4=0", "host_id=1 extent_count=8 start_index=0" },
	{ 0x5603, R, 0x40, "0:2=1 4:4=0 8:4=1 c:4=1 10:4=5 18:8=200000 20:8=200000 28:*=aa 38:2=0",
	  "host_id=1 start_index=0 count=1 total=1 generation=5 start_dpa=0x200000 length=0x200000 tag=aa000000-0000-0000-0000-000000000000" },
	{ 0x5604, Q, 0x48, "0:2=1 2:1=2 3:1=0 4:8=200000 c:*=bb 1c:4=1 20:8=0 28:8=200000",
	  "host_id=1 policy=2 region=0 length=0x200000 tag=bb000000-0000-0000-0000-000000000000 extent_count=1 start_dpa=0x0 length=0x200000" },
	{ 0x5605, Q, 0x20, "0:2=1 2:1=30 4:8=200000 c:*=cc 1c:4=0",
	  "host_id=1 removal_policy=0 forced=1 sanitize=1 length=0x200000 extent_count=0" },
	{ 0x5606, Q, 0x10, "0:*=dd", "tag=dd000000-0000-0000-0000-000000000000" },
	{ 0x5607, Q, 0x10, "0:*=ee", "tag=ee000000-0000-0000-0000-000000000000" },
	{ 0x5608, Q, 8, "0:4=0 4:4=10", "start_index=0 tag_count=16" },
	{ 0x5608, R, 0x64, "0:4=3 4:4=1 8:4=1 c:1=1 10:*=ff 20:1=1 24:1=3",
	  "generation=3 total=1 count=1 validity=0x1 tag=ff000000-0000-0000-0000-000000000000 flags=0x1" },
};

/* ---- the independent little-endian vector builder ---- */

static int hexnib(char c)
{
	if (c >= '0' && c <= '9') return c - '0';
	if (c >= 'a' && c <= 'f') return c - 'a' + 10;
	return -1;
}

static void build(const char *spec, uint8_t *buf, size_t len)
{
	char tok[256];
	const char *p = spec;
	memset(buf, 0, len);
	while (*p) {
		int n = 0;
		while (*p == ' ') p++;
		if (!*p) break;
		while (*p && *p != ' ' && n < 255) tok[n++] = *p++;
		tok[n] = 0;
		char *colon = strchr(tok, ':'), *eq = strchr(tok, '=');
		assert_non_null(colon);
		assert_non_null(eq);
		unsigned long off = strtoul(tok, NULL, 16);
		if (colon[1] == '*') {
			const char *h = eq + 1;
			size_t k = 0;
			for (; h[0] && h[1]; h += 2, k++) {
				assert_true(off + k < len);
				buf[off + k] = (uint8_t)(hexnib(h[0]) << 4 | hexnib(h[1]));
			}
		} else {
			unsigned long size = strtoul(colon + 1, NULL, 16);
			unsigned long long v = strtoull(eq + 1, NULL, 16);
			assert_true(size >= 1 && size <= 8 && off + size <= len);
			for (unsigned long k = 0; k < size; k++, v >>= 8)
				buf[off + k] = (uint8_t)v;
		}
	}
}

/* ---- a visitor that prints "name=value" tokens ---- */

struct tokens {
	char buf[16384];
	size_t n;
};

static void add(struct tokens *t, const char *s)
{
	size_t k = strlen(s);
	if (t->n + k + 2 < sizeof(t->buf)) {
		memcpy(t->buf + t->n, s, k);
		t->n += k;
		t->buf[t->n++] = ' ';
		t->buf[t->n] = 0;
	}
}

static void t_uint(void *ctx, const char *name, uint64_t v, unsigned ff)
{
	char s[128];
	if (ff & CXLMB_FF_HEX)
		snprintf(s, sizeof(s), "%s=0x%llx", name, (unsigned long long)v);
	else
		snprintf(s, sizeof(s), "%s=%llu", name, (unsigned long long)v);
	add(ctx, s);
}

static void t_sint(void *ctx, const char *name, int64_t v)
{
	char s[128];
	snprintf(s, sizeof(s), "%s=%lld", name, (long long)v);
	add(ctx, s);
}

static void t_bytes(void *ctx, const char *name, const uint8_t *p, size_t n, unsigned kind)
{
	char s[4096];
	size_t k = (size_t)snprintf(s, sizeof(s), "%s=", name);
	if (kind == CXLMB_F_UUID) {
		for (int i = 0; i < 16; i++)
			k += (size_t)snprintf(s + k, sizeof(s) - k, "%s%02x",
					      (i == 4 || i == 6 || i == 8 || i == 10) ? "-" : "", p[i]);
	} else if (kind == CXLMB_F_ASCII) {
		s[k++] = '"';
		for (size_t i = 0; i < n && p[i] && k < sizeof(s) - 2; i++)
			s[k++] = (char)p[i];
		s[k++] = '"';
		s[k] = 0;
	} else {
		for (size_t i = 0; i < n && k < sizeof(s) - 3; i++)
			k += (size_t)snprintf(s + k, sizeof(s) - k, "%02x", p[i]);
	}
	add(ctx, s);
}

static int token_errors;

static void expect_tokens(const struct vec *v, const char *got)
{
	char want[2048];
	char padded[16384 + 2];
	snprintf(padded, sizeof(padded), " %s", got);
	snprintf(want, sizeof(want), "%s", v->expect);
	for (char *tok = strtok(want, " "); tok; tok = strtok(NULL, " ")) {
		char needle[300];
		snprintf(needle, sizeof(needle), " %s ", tok);
		/* a token may be a prefix of the printed bytes (long payloads) */
		if (!strstr(padded, needle)) {
			snprintf(needle, sizeof(needle), " %s", tok);
			if (!strstr(padded, needle)) {
				print_error("%04x %s: want '%s' in: %s\n", v->op, v->dir ? "rsp" : "req", tok, got);
				token_errors++;
			}
		}
	}
}

static bool has_kind(const struct cxlmb_schema *s, unsigned kind)
{
	for (uint16_t i = 0; i < s->nfields; i++)
		if (s->fields[i].kind == kind)
			return true;
	return false;
}

static void check_vector(const struct vec *v)
{
	const struct cxlmb_cmd *c = cxlmb_cmd_find(v->op);
	enum cxlmb_dir dir = (enum cxlmb_dir)v->dir;
	static uint8_t wire[4096], out[4096], bad[4096];
	_Alignas(8) static uint8_t val[CXLMB_CMD_STRUCT_MAX];
	struct tokens tk = { .n = 0 };
	struct cxlmb_visitor vis = { .ctx = &tk, .uint = t_uint, .sint = t_sint, .bytes = t_bytes };
	size_t n = 0;
	int rc;

	assert_non_null(c);
	assert_true(c->flags & CXLMB_CMD_TYPED);
	const struct cxlmb_schema *s = dir == CXLMB_REQ ? c->req : c->rsp;
	assert_non_null(s);
	build(v->wire, wire, v->len);

	rc = cxlmb_cmd_decode(c, dir, wire, v->len, CXLMB_STRICT, val);
	if (rc)
		fail_msg("%04x %s: strict decode: %s", v->op, v->dir ? "rsp" : "req", cxlmb_strerror(rc));
	assert_int_equal(cxlmb_cmd_visit(c, dir, val, CXLMB_STRICT, &vis), 0);
	expect_tokens(v, tk.buf);

	/* byte-exact re-encode */
	rc = cxlmb_cmd_encode(c, dir, val, out, sizeof(out), &n);
	if (rc)
		fail_msg("%04x: encode: %s", v->op, cxlmb_strerror(rc));
	/* canonical form: a shorter optional form re-encodes as the longest,
	 * with the optional fields zero */
	bool shorter = n > v->len && n == s->max_len && memcmp(out, wire, v->len) == 0;
	for (size_t k = v->len; shorter && k < n; k++)
		shorter = out[k] == 0;
	if (!shorter && (n != v->len || memcmp(out, wire, n)))
		fail_msg("%04x %s: re-encode differs (%zu vs %u bytes)", v->op, v->dir ? "rsp" : "req", n, v->len);

	/* every truncation */
	bool variable = has_kind(s, CXLMB_F_ARRAY) || has_kind(s, CXLMB_F_TAIL);
	bool tail = has_kind(s, CXLMB_F_TAIL);
	for (size_t k = 0; k < v->len; k++) {
		rc = cxlmb_cmd_decode(c, dir, wire, k, CXLMB_STRICT, val);
		if (k < s->min_len) {
			if (rc != CXLMB_E_TRUNCATED)
				fail_msg("%04x: %zu bytes: %s, want TRUNCATED", v->op, k, cxlmb_strerror(rc));
		} else if (has_kind(s, CXLMB_F_ARRAY)) {
			if (rc != CXLMB_E_COUNT_MISMATCH && rc != CXLMB_E_BAD_LENGTH)
				fail_msg("%04x: %zu bytes: %s, want COUNT_MISMATCH", v->op, k, cxlmb_strerror(rc));
		} else if (!tail && !variable && k < s->min_len) {
			fail_msg("%04x: %zu bytes accepted", v->op, k);
		}
	}
	/* one byte too many (past the longest form of a fixed layout) */
	size_t over = variable ? v->len + 1 : (size_t)s->max_len + 1;
	memset(bad, 0, over);
	memcpy(bad, wire, v->len);
	rc = cxlmb_cmd_decode(c, dir, bad, over, CXLMB_STRICT, val);
	if (has_kind(s, CXLMB_F_ARRAY))
		assert_int_equal(rc, CXLMB_E_COUNT_MISMATCH);
	else if (!tail)
		assert_int_equal(rc, CXLMB_E_OVERSIZE);
	else if (!(rc == CXLMB_E_OK || rc == CXLMB_E_BAD_LENGTH || rc == CXLMB_E_COUNT_MISMATCH ||
		   rc == CXLMB_E_TRUNCATED || rc == CXLMB_E_OVERSIZE))
		fail_msg("%04x %s: one byte more: %s", v->op, v->dir ? "rsp" : "req", cxlmb_strerror(rc));

	/* counts: one more entry than the bytes hold */
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		if (f->kind != CXLMB_F_ARRAY)
			continue;
		const struct cxlmb_field *cf = cxlmb_schema_count_field(s, f);
		assert_non_null(cf);
		memcpy(bad, wire, v->len);
		bad[cf->wire_off] = (uint8_t)(bad[cf->wire_off] + (1u << cf->shift));
		assert_int_equal(cxlmb_cmd_decode(c, dir, bad, v->len, CXLMB_STRICT, val), CXLMB_E_COUNT_MISMATCH);
	}
	/* reserved bits: strict rejects, lenient accepts */
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		if (f->kind != CXLMB_F_RSVD || (f->flags & CXLMB_FF_AFTER) || f->wire_off >= v->len)
			continue;
		uint64_t bit = f->lim ? ((uint64_t)(f->lim & (~f->lim + 1)) << f->shift) : 1;
		unsigned byte = 0;
		while (!(bit & 0xFF)) {
			bit >>= 8;
			byte++;
		}
		memcpy(bad, wire, v->len);
		bad[f->wire_off + byte] |= (uint8_t)bit;
		rc = cxlmb_cmd_decode(c, dir, bad, v->len, CXLMB_STRICT, val);
		if (rc != CXLMB_E_RESERVED_SET)
			fail_msg("%04x %s: reserved at %xh: %s", v->op, v->dir ? "rsp" : "req", f->wire_off, cxlmb_strerror(rc));
		assert_int_equal(cxlmb_cmd_decode(c, dir, bad, v->len, CXLMB_LENIENT, val), CXLMB_E_OK);
	}
	/* enumerations: one past the last defined value, where it fits */
	for (uint16_t i = 0; i < s->nfields; i++) {
		const struct cxlmb_field *f = &s->fields[i];
		unsigned bits = f->width ? f->width : 8u * f->wire_size;
		if (f->kind != CXLMB_F_UINT || !(f->flags & CXLMB_FF_ENUM_MAX) || f->wire_size > 1 ||
		    f->lim + 1 >= (1ull << bits) || (f->flags & CXLMB_FF_AFTER) || f->wire_off >= v->len)
			continue;
		memcpy(bad, wire, v->len);
		bad[f->wire_off] = (uint8_t)((bad[f->wire_off] & ~(((1u << bits) - 1) << f->shift)) |
					     (unsigned)((f->lim + 1) << f->shift));
		rc = cxlmb_cmd_decode(c, dir, bad, v->len, CXLMB_STRICT, val);
		if (rc != CXLMB_E_BAD_ENUM)
			fail_msg("%04x: enum %s=%llu: %s", v->op, f->name, (unsigned long long)f->lim + 1, cxlmb_strerror(rc));
		assert_int_equal(cxlmb_cmd_decode(c, dir, bad, v->len, CXLMB_LENIENT, val), CXLMB_E_OK);
	}
}

static void test_every_vector(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(vecs) / sizeof(vecs[0]); i++)
		check_vector(&vecs[i]);
	assert_int_equal(token_errors, 0);
}

/* Every typed side that carries a payload has at least one vector above. */
static void test_every_typed_side_has_a_vector(void **state)
{
	(void)state;
	int missing = 0;
	for (size_t i = 0; i < cxlmb_cmd_count(); i++) {
		const struct cxlmb_cmd *c = cxlmb_cmd_at(i);
		if (!(c->flags & CXLMB_CMD_TYPED))
			continue;
		for (int dir = 0; dir < 2; dir++) {
			if (!(dir ? c->rsp : c->req))
				continue;
			bool found = false;
			for (size_t k = 0; k < sizeof(vecs) / sizeof(vecs[0]); k++)
				found |= vecs[k].op == c->opcode && vecs[k].dir == dir;
			if (!found) {
				print_error("no vector for %04xh %s %s\n", c->opcode, c->name, dir ? "response" : "request");
				missing++;
			}
		}
	}
	assert_int_equal(missing, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_vector),
		cmocka_unit_test(test_every_typed_side_has_a_vector),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
