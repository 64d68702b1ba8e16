/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Event records by type (CXL r3.2 §8.2.10.2.1): the 50h-byte type-specific
 * part of a Common Event Record, chosen by the record's UUID. */
#ifndef CXLMB_CMD_EVENTS_H
#define CXLMB_CMD_EVENTS_H

#include "cmd_generic.h"

#ifdef __cplusplus
extern "C" {
#endif

enum cxlmb_event_type {
	CXLMB_EVT_UNKNOWN,          /* kept opaque: hdr.data */
	CXLMB_EVT_GENERAL_MEDIA,    /* fbcd0a77-c260-417f-85a9-088b1621eba6 */
	CXLMB_EVT_DRAM,             /* 601dcbb3-9c06-4eab-b8af-4e9bfb5c9624 */
	CXLMB_EVT_MEMORY_MODULE,    /* fe927475-dd59-4339-a586-79bab113b774 */
	CXLMB_EVT_MEMORY_SPARING,   /* e71f3a40-2d29-4092-8a39-4d1c966c7c65 (layout not public: opaque) */
	CXLMB_EVT_DYNAMIC_CAPACITY, /* ca95afa7-f183-4018-8c2f-95268e101a2a */
};

/* General Media Event Record, fields from 30h. */
struct cxlmb_evt_general_media {
	uint64_t dpa;
	uint8_t descriptor, type, transaction;
	uint16_t validity;
	uint8_t channel, rank;
	uint32_t device;
	uint8_t component_id[16];
	uint8_t cme_flags;
	uint32_t cme_count;
	uint8_t sub_type;
};
CXLMB_CODEC(cxlmb_evt_general_media, struct cxlmb_evt_general_media)
/* DRAM Event Record, fields from 30h. */
struct cxlmb_evt_dram {
	uint64_t dpa;
	uint8_t descriptor, type, transaction;
	uint16_t validity;
	uint8_t channel, rank;
	uint32_t nibble_mask;
	uint8_t bank_group, bank;
	uint32_t row;
	uint16_t column;
	uint8_t correction_mask[32];
};
CXLMB_CODEC(cxlmb_evt_dram, struct cxlmb_evt_dram)
/* Memory Module Event Record: event type and a Get Health Info snapshot. */
struct cxlmb_evt_memory_module {
	uint8_t event_type;
	uint8_t health_status, media_status, additional_status, life_used;
	int16_t temperature;
	uint32_t dirty_shutdowns, corrected_volatile_errors, corrected_persistent_errors;
};
CXLMB_CODEC(cxlmb_evt_memory_module, struct cxlmb_evt_memory_module)
/* Dynamic Capacity Event Record. */
struct cxlmb_evt_dynamic_capacity {
	uint8_t event_type; /* 0 add .. 5 capacity released */
	uint8_t validity;
	uint16_t host_id;
	uint8_t region_index;
	uint8_t more;       /* flags b0 */
	uint64_t start_dpa;
	uint64_t length;
	uint8_t tag[16];
	uint16_t shared_seq;
	uint32_t extents_available, tags_available;
};
CXLMB_CODEC(cxlmb_evt_dynamic_capacity, struct cxlmb_evt_dynamic_capacity)

struct cxlmb_event_record {
	struct cxlmb_event_record_hdr hdr; /* hdr.data: the raw type-specific bytes */
	uint8_t type;                      /* enum cxlmb_event_type */
	union {
		struct cxlmb_evt_general_media gm;
		struct cxlmb_evt_dram dram;
		struct cxlmb_evt_memory_module mm;
		struct cxlmb_evt_dynamic_capacity dc;
	} u;
};

/* Decode one 80h-byte record and its type-specific part. */
int cxlmb_event_record_decode(const uint8_t *rec, size_t len, unsigned flags,
			      struct cxlmb_event_record *out);
/* Encode: the typed part (for known types) replaces hdr.data. */
int cxlmb_event_record_encode(const struct cxlmb_event_record *r, uint8_t *buf, size_t cap,
			      size_t *out_len);
/* The UUID that identifies a record type (NULL for CXLMB_EVT_UNKNOWN). */
const uint8_t *cxlmb_event_type_uuid(unsigned type);
/* Catalog hooks for 0100h: strict checks of every record, typed visits. */
extern const struct cxlmb_cmd_hooks cxlmb_get_event_records_hooks;
/* The Get Event Records answer's layout check: every record decodes. */
extern const struct cxlmb_schema_hooks cxlmb_event_records_rsp_hooks;

#ifdef __cplusplus
}
#endif

#endif
