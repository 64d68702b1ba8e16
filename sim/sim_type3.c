/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The Type-3 memory device endpoint (also each LD of the simulated MLD). */
#include <string.h>

#include "sim_internal.h"

static uint16_t h_identify_memdev(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_identify_memdev_rsp *r = rsp;
	(void)req;
	memcpy(r->fw_revision, c->t3->fw.rev[c->t3->fw.active - 1], 16);
	r->total_capacity = CXLMB_SIM_CAP_TOTAL; /* 1 GiB in 256 MiB units */
	r->volatile_only_capacity = CXLMB_SIM_CAP_VOL_ONLY;
	r->persistent_only_capacity = CXLMB_SIM_CAP_PERS_ONLY;
	r->partition_align = 1;          /* the rest partitions in 256 MiB steps */
	r->info_event_log_size = CXLMB_SIM_EVENT_LOG_SIZE;
	r->warning_event_log_size = CXLMB_SIM_EVENT_LOG_SIZE;
	r->failure_event_log_size = CXLMB_SIM_EVENT_LOG_SIZE;
	r->fatal_event_log_size = CXLMB_SIM_EVENT_LOG_SIZE;
	r->lsa_size = CXLMB_SIM_LSA_SIZE;
	r->poison_list_max_mer = CXLMB_SIM_POISON_MAX;
	r->inject_poison_limit = CXLMB_SIM_INJECT_LIMIT;
	r->poison_caps = 0;
	r->qos_telemetry_caps = 0;
	r->dc_event_log_size = CXLMB_SIM_EVENT_LOG_SIZE;
	return CXLMB_RC_SUCCESS;
}

const struct sim_cmd cxlmb_sim_type3_cmds[] = {
	{ 0x0001, cxlmb_sim_h_identify },
	{ 0x0002, cxlmb_sim_h_bg_op_status },
	{ 0x0003, cxlmb_sim_h_get_rsp_msg_limit },
	{ 0x0004, cxlmb_sim_h_set_rsp_msg_limit },
	{ 0x0005, cxlmb_sim_h_request_abort },
	{ 0x0100, cxlmb_sim_h_get_event_records },
	{ 0x0101, cxlmb_sim_h_clear_event_records },
	{ 0x0200, cxlmb_sim_h_get_fw_info },
	{ 0x0201, cxlmb_sim_h_transfer_fw },
	{ 0x0202, cxlmb_sim_h_activate_fw },
	{ 0x0300, cxlmb_sim_h_get_timestamp },
	{ 0x0301, cxlmb_sim_h_set_timestamp },
	{ 0x0400, cxlmb_sim_h_get_supported_logs },
	{ 0x0401, cxlmb_sim_h_get_log },
	{ 0x0402, cxlmb_sim_h_get_log_caps },
	{ 0x0403, cxlmb_sim_h_clear_log },
	{ 0x0500, cxlmb_sim_h_get_sup_features },
	{ 0x0501, cxlmb_sim_h_get_feature },
	{ 0x0502, cxlmb_sim_h_set_feature },
	{ 0x4000, h_identify_memdev },
	{ 0x4100, cxlmb_sim_h_get_partition_info },
	{ 0x4101, cxlmb_sim_h_set_partition_info },
	{ 0x4102, cxlmb_sim_h_get_lsa },
	{ 0x4103, cxlmb_sim_h_set_lsa },
	{ 0x4200, cxlmb_sim_h_get_health_info },
	{ 0x4201, cxlmb_sim_h_get_alert_config },
	{ 0x4202, cxlmb_sim_h_set_alert_config },
	{ 0x4203, cxlmb_sim_h_get_shutdown },
	{ 0x4204, cxlmb_sim_h_set_shutdown },
	{ 0x4300, cxlmb_sim_h_get_poison_list },
	{ 0x4301, cxlmb_sim_h_inject_poison },
	{ 0x4302, cxlmb_sim_h_clear_poison },
	{ 0x4303, cxlmb_sim_h_scan_media_caps },
	{ 0x4304, cxlmb_sim_h_scan_media },
	{ 0x4305, cxlmb_sim_h_scan_media_results },
	{ 0x4400, cxlmb_sim_h_sanitize },
	{ 0x4401, cxlmb_sim_h_secure_erase },
	{ 0x4500, cxlmb_sim_h_security_state },
	{ 0x4501, cxlmb_sim_h_set_passphrase },
	{ 0x4502, cxlmb_sim_h_disable_passphrase },
	{ 0x4503, cxlmb_sim_h_unlock },
	{ 0x4504, cxlmb_sim_h_freeze },
	{ 0x4505, cxlmb_sim_h_passphrase_secure_erase },
	{ 0x4800, cxlmb_sim_h_get_dc_config },
	{ 0x4801, cxlmb_sim_h_get_dc_extents },
	{ 0x4802, cxlmb_sim_h_add_dc_response },
	{ 0x4803, cxlmb_sim_h_release_dc },
};
const size_t cxlmb_sim_type3_ncmds = sizeof(cxlmb_sim_type3_cmds) / sizeof(cxlmb_sim_type3_cmds[0]);
