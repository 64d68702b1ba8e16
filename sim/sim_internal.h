/* Pieces shared by the simulator's device models. */
#ifndef CXLMB_SIM_INTERNAL_H
#define CXLMB_SIM_INTERNAL_H

#include "sim.h"

typedef uint16_t (*sim_handler)(struct cxlmb_sim *s, const void *req, void *rsp);

struct sim_cmd {
	uint16_t opcode;
	sim_handler fn;
};

/* Handler tables, ascending by opcode. */
extern const struct sim_cmd cxlmb_sim_type3_cmds[];
extern const size_t cxlmb_sim_type3_ncmds;
extern const struct sim_cmd cxlmb_sim_switch_cmds[];
extern const size_t cxlmb_sim_switch_ncmds;
extern const struct sim_cmd cxlmb_sim_fmld_cmds[];
extern const size_t cxlmb_sim_fmld_ncmds;

/* Handlers every endpoint shares (sim_common.c). */
uint16_t cxlmb_sim_h_identify(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_bg_op_status(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_rsp_msg_limit(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_request_abort(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_supported_logs(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_log(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_tunnel(struct cxlmb_sim *s, const void *req, void *rsp);

/* Type-3 state handlers (sim_type3_state.c). */
uint16_t cxlmb_sim_h_get_timestamp(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_timestamp(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_lsa(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_lsa(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_shutdown(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_shutdown(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_inject_poison(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_poison(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_poison_list(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_security_state(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_passphrase(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_disable_passphrase(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_unlock(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_freeze(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_passphrase_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp);

/* Firmware, health and alerts (sim_fw_health.c). */
void cxlmb_sim_fw_reset(struct cxlmb_sim *s);
void cxlmb_sim_fw_power_cycle(struct cxlmb_sim *s);
uint16_t cxlmb_sim_h_get_fw_info(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_transfer_fw(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_activate_fw(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_health_info(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_alert_config(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_alert_config(struct cxlmb_sim *s, const void *req, void *rsp);

/* Event logs (sim_events.c): a typed record (r->type picks the UUID), and
 * an uncorrectable General Media event with its transaction type. */
void cxlmb_sim_add_typed_event(struct cxlmb_sim *s, unsigned log, const struct cxlmb_event_record *r);
void cxlmb_sim_gm_event(struct cxlmb_sim *s, uint64_t dpa, uint8_t transaction);
#define CXLMB_SIM_GM_HOST_SCAN 0x03u
#define CXLMB_SIM_GM_HOST_INJECT 0x04u
#define CXLMB_SIM_GM_INTERNAL_SCRUB 0x05u
uint16_t cxlmb_sim_h_get_event_records(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_event_records(struct cxlmb_sim *s, const void *req, void *rsp);

/* Media: partitions, scan media, secure erase (sim_media.c). */
void cxlmb_sim_media_reset(struct cxlmb_sim *s);
void cxlmb_sim_media_power_cycle(struct cxlmb_sim *s);
/* Append a line to the vendor debug log. */
void cxlmb_sim_debug(struct cxlmb_sim *s, const char *what);
uint16_t cxlmb_sim_h_get_partition_info(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_partition_info(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media_caps(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media_results(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_secure_erase(struct cxlmb_sim *s, const void *req, void *rsp);
/* What a background operation does when it completes. */
void cxlmb_sim_bg_complete(struct cxlmb_sim *s, unsigned ep, uint16_t opcode);

/* Dynamic capacity (sim_dc.c). */
uint16_t cxlmb_sim_h_get_dc_config(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_dc_extents(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_add_dc_response(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_release_dc(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dcd_info(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dc_add(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dc_release(struct cxlmb_sim *s, const void *req, void *rsp);

/* Features and the vendor debug log (sim_features.c). */
uint16_t cxlmb_sim_h_get_sup_features(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_feature(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_feature(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_log_caps(struct cxlmb_sim *s, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_log(struct cxlmb_sim *s, const void *req, void *rsp);

/* Switch: vPPB bind/unbind completion (sim_switch.c). */
void cxlmb_sim_vcs_complete(struct cxlmb_sim *s);
void cxlmb_sim_vcs_reset(struct cxlmb_sim *s);

/* Background operations (sim_device.c). */
uint16_t cxlmb_sim_bg_start(struct cxlmb_sim *s, uint16_t opcode, uint64_t duration_ns);
void cxlmb_sim_bg_tick(struct cxlmb_sim *s);
void cxlmb_sim_build_logs(struct cxlmb_sim *s);
/* DOORBELL_EARLY: run a deferred command once its time has come. */
void cxlmb_sim_poll_pending(struct cxlmb_sim *s);

/* The Type-3 device or LD the running command addresses. */
#define T3(s) (&(s)->t3[(s)->ld])

/* The background operation engine of the endpoint running the command. */
static inline struct cxlmb_sim_bg *cxlmb_sim_cur_bg(struct cxlmb_sim *s)
{
	return cxlmb_sim_bg_at(s, s->ep, s->ld);
}

/* This depth's scratch area (handlers build array responses in it). */
static inline uint8_t *cxlmb_sim_scratch(struct cxlmb_sim *s)
{
	return s->scratch + (size_t)s->depth * s->scratch_stride;
}

#endif
