/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Pieces shared by the simulator's device models. */
#ifndef CXLMB_SIM_INTERNAL_H
#define CXLMB_SIM_INTERNAL_H

#include "sim.h"

/* What a handler runs against: the simulator, the endpoint the command
 * reached and, at a Type-3 endpoint, the device or LD it addresses.  Built
 * by whoever routes the command (the doorbell, a tunnel, the fabric
 * manager acting on an LD); nothing is set and restored around a call. */
struct sim_ctx {
	struct cxlmb_sim *s;
	unsigned ep;             /* enum cxlmb_sim_endpoint */
	unsigned dev;            /* index of the Type-3 device or LD in s->t3 */
	struct cxlmb_sim_t3 *t3; /* &s->t3[dev] at a Type-3 endpoint, else NULL */
	struct cxlmb_sim_mld *mld; /* at an FM-owned LD or LD Pool CCI: its device, else NULL */
	unsigned ld0, nlds;      /* there: the device's LDs this CCI manages, from ld0 */
	struct cxlmb_sim_bg *bg; /* this endpoint's background operation engine */
	unsigned port;           /* the switch port it sits behind (0: none) */
	unsigned depth;          /* tunnel nesting (0 = the mailbox itself) */
};

typedef uint16_t (*sim_handler)(const struct sim_ctx *c, const void *req, void *rsp);

struct sim_cmd {
	uint16_t opcode;
	sim_handler fn;
};

/* One concern's state and its lifecycle, kept in the concern's own file:
 * reset  - factory state, media included (init and cxlmb_sim_reset);
 * power_cycle - what a power cycle does to it (media persists);
 * check  - its invariants between any two commands: NULL, or which broke.
 * sim_regs.c runs every concern's hooks from one table; a NULL hook is
 * nothing to do. */
struct sim_concern {
	void (*reset)(struct cxlmb_sim *s);
	void (*power_cycle)(struct cxlmb_sim *s);
	const char *(*check)(const struct cxlmb_sim *s);
};
extern const struct sim_concern cxlmb_sim_bg_concern;       /* sim_bg.c */
extern const struct sim_concern cxlmb_sim_state_concern;    /* sim_type3_state.c */
extern const struct sim_concern cxlmb_sim_events_concern;   /* sim_events.c */
extern const struct sim_concern cxlmb_sim_fw_concern;       /* sim_fw_health.c */
extern const struct sim_concern cxlmb_sim_media_concern;    /* sim_media.c */
extern const struct sim_concern cxlmb_sim_dc_concern;       /* sim_dc.c */
extern const struct sim_concern cxlmb_sim_switch_concern;   /* sim_switch.c */
extern const struct sim_concern cxlmb_sim_mld_concern;      /* sim_mld.c */

/* Handler tables, ascending by opcode. */
extern const struct sim_cmd cxlmb_sim_type3_cmds[];
extern const size_t cxlmb_sim_type3_ncmds;
extern const struct sim_cmd cxlmb_sim_switch_cmds[];
extern const size_t cxlmb_sim_switch_ncmds;
extern const struct sim_cmd cxlmb_sim_fmld_cmds[];
extern const size_t cxlmb_sim_fmld_ncmds;
extern const struct sim_cmd cxlmb_sim_ldpool_cmds[]; /* sim_mld.c */
extern const size_t cxlmb_sim_ldpool_ncmds;

/* Topology (sim_topology.c): what each switch port holds. */
/* Copy a checked topology into s (ports, where each device's state is). */
void cxlmb_sim_topology_load(struct cxlmb_sim *s, const struct cxlmb_sim_port *t, size_t n);
/* The state of a port, NULL if there is no such port. */
static inline const struct cxlmb_sim_port_state *cxlmb_sim_port_at(const struct cxlmb_sim *s,
								    unsigned port)
{
	return port < s->nports ? &s->port[port] : NULL;
}
/* A port whose device has LDs: an MLD, or a head of the multi-headed device. */
static inline bool cxlmb_sim_port_has_lds(const struct cxlmb_sim_port_state *p)
{
	return p->kind == CXLMB_SIM_PORT_MLD || p->kind == CXLMB_SIM_PORT_MHD;
}
/* The FM-owned LD CCI of the MLD or MHD head on a port (which must hold one). */
struct sim_ctx cxlmb_sim_fmld_ctx(struct cxlmb_sim *s, unsigned port, unsigned depth);
/* Where a tunnel from c of target type 'type' to 'target' leads (a port
 * from the switch, an LD from an FM-owned LD CCI, the LD Pool CCI from an
 * MHD head's): fills *child, false if nowhere. */
bool cxlmb_sim_route(const struct sim_ctx *c, unsigned type, unsigned target,
		     struct sim_ctx *child);
/* LD 'ld' of those the FM-owned LD or LD Pool CCI c manages (the fabric
 * manager acting on one of its hosts): false if it has no such LD. */
bool cxlmb_sim_ld_ctx(const struct sim_ctx *c, unsigned ld, struct sim_ctx *out);

/* NULL if a handler table is fit for the binary search: ascending, no
 * opcode twice, every entry with a handler and in the catalog. */
const char *cxlmb_sim_table_check(const struct sim_cmd *t, size_t n);

/* Handlers every endpoint shares (sim_common.c). */
uint16_t cxlmb_sim_h_identify(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_bg_op_status(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_rsp_msg_limit(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_rsp_msg_limit(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_request_abort(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_supported_logs(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_log(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_tunnel(const struct sim_ctx *c, const void *req, void *rsp);

/* Type-3 state handlers (sim_type3_state.c). */
uint16_t cxlmb_sim_h_get_timestamp(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_timestamp(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_lsa(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_lsa(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_shutdown(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_shutdown(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_inject_poison(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_poison(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_poison_list(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_security_state(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_passphrase(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_disable_passphrase(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_unlock(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_freeze(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_passphrase_secure_erase(const struct sim_ctx *c, const void *req, void *rsp);

/* Firmware, health and alerts (sim_fw_health.c). */
uint16_t cxlmb_sim_h_get_fw_info(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_transfer_fw(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_activate_fw(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_health_info(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_alert_config(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_alert_config(const struct sim_ctx *c, const void *req, void *rsp);

/* Event logs (sim_events.c): a typed record (r->type picks the UUID), and
 * an uncorrectable General Media event with its transaction type. */
void cxlmb_sim_add_typed_event(const struct sim_ctx *c, unsigned log, const struct cxlmb_event_record *r);
void cxlmb_sim_gm_event(const struct sim_ctx *c, uint64_t dpa, uint8_t transaction);
#define CXLMB_SIM_GM_HOST_SCAN 0x03u
#define CXLMB_SIM_GM_HOST_INJECT 0x04u
#define CXLMB_SIM_GM_INTERNAL_SCRUB 0x05u
uint16_t cxlmb_sim_h_get_event_records(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_event_records(const struct sim_ctx *c, const void *req, void *rsp);

/* Media: partitions, scan media, secure erase, sanitize (sim_media.c). */
/* Append a line to the vendor debug log. */
void cxlmb_sim_debug(const struct sim_ctx *c, const char *what);
uint16_t cxlmb_sim_h_get_partition_info(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_partition_info(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media_caps(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_scan_media_results(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_secure_erase(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_sanitize(const struct sim_ctx *c, const void *req, void *rsp);

/* Dynamic capacity (sim_dc.c). */
uint16_t cxlmb_sim_h_get_dc_config(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_dc_extents(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_add_dc_response(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_release_dc(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dcd_info(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dc_add(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_dc_release(const struct sim_ctx *c, const void *req, void *rsp);

/* Features and the vendor debug log (sim_features.c). */
uint16_t cxlmb_sim_h_get_sup_features(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_feature(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_set_feature(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_get_log_caps(const struct sim_ctx *c, const void *req, void *rsp);
uint16_t cxlmb_sim_h_clear_log(const struct sim_ctx *c, const void *req, void *rsp);


/* Run one command at the endpoint a context names (sim_device.c). */
uint16_t cxlmb_sim_run_at(const struct sim_ctx *c, uint16_t opcode, const uint8_t *in,
			  uint32_t in_len, uint8_t *out, uint32_t out_cap, uint32_t *out_len);

/* Background operations (sim_bg.c): start one on the context's engine;
 * 'done'(s, arg) runs when it completes.  Returns Background Started. */
uint16_t cxlmb_sim_bg_start(const struct sim_ctx *c, uint16_t opcode, uint64_t duration_ns,
			    cxlmb_sim_bg_done done, unsigned arg);
/* The running operation stops without completing: its abandon hook (set
 * after the start) undoes what the start began. */
void cxlmb_sim_bg_abandon(const struct sim_ctx *c);
void cxlmb_sim_bg_tick(struct cxlmb_sim *s);

/* Dispatch (sim_device.c). */
void cxlmb_sim_build_logs(struct cxlmb_sim *s);
/* DOORBELL_EARLY: run a deferred command once its time has come. */
void cxlmb_sim_poll_pending(struct cxlmb_sim *s);

/* ---- quirk hook points (sim_quirks.c) ----
 * Each quirk is a set of hooks; the engine calls a hook point and every
 * enabled quirk's hook there runs, in bit order.  The inline wrappers cost
 * one test when no quirk is set. */
enum sim_doorbell {
	SIM_DOORBELL_RUN,    /* run the command now */
	SIM_DOORBELL_IGNORE, /* never answer */
	SIM_DOORBELL_DEFER,  /* drop the doorbell now, run the command 1 ms later */
};
struct sim_quirk_hooks {
	/* the doorbell rang: what happens to the command */
	enum sim_doorbell (*doorbell)(struct cxlmb_sim *s);
	/* before a command runs: true to answer *rc without running it */
	bool (*execute)(struct cxlmb_sim *s, uint16_t opcode, uint16_t *rc);
	/* the mailbox's answer (return code rc) is in place: it may change it and its length */
	void (*answer)(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len);
	/* a response of command c was encoded into out[0..n) */
	void (*encode)(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out, size_t n);
	/* a register at 'off' reads v: what the host sees instead */
	uint64_t (*reg_read)(const struct cxlmb_sim *s, uint32_t off, uint64_t v);
	/* a background operation progresses: true if the quirk set its progress */
	bool (*bg_progress)(const struct cxlmb_sim *s, struct cxlmb_sim_bg *bg, uint64_t elapsed);
	/* an abort was requested: true to acknowledge it and keep running */
	bool (*abort)(const struct cxlmb_sim *s);
	/* true if the device does not report the log 'uuid' */
	bool (*log_hidden)(const struct cxlmb_sim *s, const uint8_t uuid[16]);
	/* an endpoint's CEL was built from its table: it may change it */
	void (*cel)(struct cxlmb_sim *s, unsigned ep);
	/* true if the device breaks specification rule r */
	bool (*breaks)(const struct cxlmb_sim *s, unsigned r);
	/* a request decoded: the quirk may change it, or answer *rc (true)
	 * without running the handler */
	bool (*before)(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc);
	/* the handler answered *rc with rsp: the quirk may change both */
	void (*after)(const struct sim_ctx *c, const struct cxlmb_cmd *cmd, void *rsp, uint16_t *rc);
};
/* Rules a quirk can break (the 'breaks' hook). */
enum sim_rule {
	SIM_RULE_LENGTH,        /* a request of the wrong length is refused */
	SIM_RULE_BUSY,          /* a background command while one runs is Busy */
	SIM_RULE_ABORT_CEL,     /* only abortable operations are aborted */
	SIM_RULE_TUNNEL_TARGET, /* a tunnel to nowhere is refused */
	SIM_RULE_TUNNEL_TAG,    /* an inner response carries the request's tag */
	SIM_RULE_ERROR_EMPTY,   /* an error answer through a tunnel has no payload */
};
enum sim_doorbell cxlmb_sim_q_doorbell_slow(struct cxlmb_sim *s);
bool cxlmb_sim_q_execute_slow(struct cxlmb_sim *s, uint16_t opcode, uint16_t *rc);
void cxlmb_sim_q_answer_slow(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload, uint32_t *out_len);
bool cxlmb_sim_q_breaks_slow(const struct cxlmb_sim *s, unsigned r);
bool cxlmb_sim_q_before_slow(const struct sim_ctx *c, uint16_t opcode, void *req, uint16_t *rc);
void cxlmb_sim_q_after_slow(const struct sim_ctx *c, const struct cxlmb_cmd *cmd, void *rsp,
			    uint16_t *rc);
void cxlmb_sim_q_encode_slow(const struct cxlmb_sim *s, const struct cxlmb_cmd *c, uint8_t *out,
			     size_t n);
uint64_t cxlmb_sim_q_reg_read_slow(const struct cxlmb_sim *s, uint32_t off, uint64_t v);
bool cxlmb_sim_q_bg_progress_slow(const struct cxlmb_sim *s, struct cxlmb_sim_bg *bg,
				  uint64_t elapsed);
bool cxlmb_sim_q_abort_slow(const struct cxlmb_sim *s);
bool cxlmb_sim_q_log_hidden_slow(const struct cxlmb_sim *s, const uint8_t uuid[16]);
void cxlmb_sim_q_cel_slow(struct cxlmb_sim *s, unsigned ep);

static inline enum sim_doorbell cxlmb_sim_q_doorbell(struct cxlmb_sim *s)
{
	return s->cfg.quirks ? cxlmb_sim_q_doorbell_slow(s) : SIM_DOORBELL_RUN;
}
static inline bool cxlmb_sim_q_execute(struct cxlmb_sim *s, uint16_t opcode, uint16_t *rc)
{
	return s->cfg.quirks && cxlmb_sim_q_execute_slow(s, opcode, rc);
}
static inline void cxlmb_sim_q_answer(struct cxlmb_sim *s, uint16_t rc, uint8_t *payload,
				      uint32_t *out_len)
{
	if (s->cfg.quirks)
		cxlmb_sim_q_answer_slow(s, rc, payload, out_len);
}
static inline bool cxlmb_sim_q_breaks(const struct cxlmb_sim *s, unsigned r)
{
	return s->cfg.quirks && cxlmb_sim_q_breaks_slow(s, r);
}
static inline bool cxlmb_sim_q_before(const struct sim_ctx *c, uint16_t opcode, void *req,
				      uint16_t *rc)
{
	return c->s->cfg.quirks && cxlmb_sim_q_before_slow(c, opcode, req, rc);
}
static inline void cxlmb_sim_q_after(const struct sim_ctx *c, const struct cxlmb_cmd *cmd,
				     void *rsp, uint16_t *rc)
{
	if (c->s->cfg.quirks)
		cxlmb_sim_q_after_slow(c, cmd, rsp, rc);
}
static inline void cxlmb_sim_q_encode(const struct cxlmb_sim *s, const struct cxlmb_cmd *c,
				      uint8_t *out, size_t n)
{
	if (s->cfg.quirks)
		cxlmb_sim_q_encode_slow(s, c, out, n);
}
static inline uint64_t cxlmb_sim_q_reg_read(const struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	return s->cfg.quirks ? cxlmb_sim_q_reg_read_slow(s, off, v) : v;
}
static inline bool cxlmb_sim_q_bg_progress(const struct cxlmb_sim *s, struct cxlmb_sim_bg *bg,
					   uint64_t elapsed)
{
	return s->cfg.quirks && cxlmb_sim_q_bg_progress_slow(s, bg, elapsed);
}
static inline bool cxlmb_sim_q_abort(const struct cxlmb_sim *s)
{
	return s->cfg.quirks && cxlmb_sim_q_abort_slow(s);
}
static inline bool cxlmb_sim_q_log_hidden(const struct cxlmb_sim *s, const uint8_t uuid[16])
{
	return s->cfg.quirks && cxlmb_sim_q_log_hidden_slow(s, uuid);
}
static inline void cxlmb_sim_q_cel(struct cxlmb_sim *s, unsigned ep)
{
	if (s->cfg.quirks)
		cxlmb_sim_q_cel_slow(s, ep);
}

/* Contexts: the mailbox's own endpoint, and Type-3 device or LD 'dev'
 * reached at 'depth' (what a tunnel or the fabric manager addresses). */
static inline struct sim_ctx cxlmb_sim_t3_ctx(struct cxlmb_sim *s, unsigned dev, unsigned depth)
{
	return (struct sim_ctx){ .s = s, .ep = CXLMB_SIM_EP_TYPE3, .dev = dev, .t3 = &s->t3[dev],
				 .bg = &s->t3[dev].bg, .depth = depth };
}

static inline struct sim_ctx cxlmb_sim_root_ctx(struct cxlmb_sim *s)
{
	unsigned root = cxlmb_sim_root(s);
	if (root == CXLMB_SIM_EP_TYPE3)
		return cxlmb_sim_t3_ctx(s, 0, 0);
	return (struct sim_ctx){ .s = s, .ep = root, .bg = &s->sw_bg };
}

/* This depth's scratch area (handlers build array responses in it). */
static inline uint8_t *cxlmb_sim_scratch(const struct sim_ctx *c)
{
	return c->s->scratch + (size_t)c->depth * c->s->scratch_stride;
}

#endif
