/* Memory device command sets 40h-48h (CXL r3.2 §8.2.10.9). */
#ifndef CXLMB_CMD_MEMDEV_H
#define CXLMB_CMD_MEMDEV_H

#include "catalog.h"

/* 4000h Identify Memory Device output (r3.2 §8.2.10.9.1.1, Table 8-127).
 * Capacities are in multiples of 256 MiB. 43h bytes before r3.1, 45h after. */
struct cxlmb_identify_memdev_rsp {
	uint8_t fw_revision[16];
	uint64_t total_capacity;
	uint64_t volatile_only_capacity;
	uint64_t persistent_only_capacity;
	uint64_t partition_align;
	uint16_t info_event_log_size;
	uint16_t warning_event_log_size;
	uint16_t failure_event_log_size;
	uint16_t fatal_event_log_size;
	uint32_t lsa_size;
	uint32_t poison_list_max_mer;
	uint16_t inject_poison_limit;
	uint8_t poison_caps;
	uint8_t qos_telemetry_caps;
	uint16_t dc_event_log_size; /* r3.1+; 0 when the device sends the 43h form */
};
#define CXLMB_IDENTIFY_MEMDEV_RSP_LEN_R30 0x43u
#define CXLMB_IDENTIFY_MEMDEV_RSP_LEN 0x45u
CXLMB_CODEC(cxlmb_identify_memdev_rsp, struct cxlmb_identify_memdev_rsp)

#endif
