/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Simulated CXL device: a register block in memory plus a device model
 * that answers mailbox commands with the core's own codecs.
 *
 * The register block is a real CXL device register block (Device
 * Capabilities Array, Device Status, Primary Mailbox, Memory Device Status),
 * so discovery and the transport run against it unchanged.  Time is virtual:
 * delay_ns advances it, nothing sleeps.
 *
 * Errors, one convention: a function that can fail returns CXLMB_E_OK (0)
 * or a CXLMB_E_* code; a device's answer is a CXLMB_RC_* return code
 * (cxlmb_sim_run); a name lookup returns an index or -1; a check returns
 * NULL or what is wrong. */
#ifndef CXLMB_SIM_H
#define CXLMB_SIM_H

#include "cxlmb/cxlmb.h"

/* Register block layout (offsets within the block). */
#define CXLMB_SIM_DEV_STATUS_OFF 0x080u
#define CXLMB_SIM_MEMDEV_STATUS_OFF 0x0C0u
#define CXLMB_SIM_MBOX_OFF 0x100u
#define CXLMB_SIM_REGS_LEN (CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_PAYLOAD)

/* Quirks: deliberate misbehaviour, one bit each (names in sim_quirks.c). */
#define CXLMB_SIM_QUIRKS(X)                                                                   \
	X(STUCK_DOORBELL, "stuck-doorbell", "never clears the doorbell")                         \
	X(OUTPUT_OVERFLOW, "output-overflow", "reports an output length beyond the payload area") \
	X(FORCE_RC, "force-rc", "answers every command with the configured return code")         \
	X(BG_NEVER_COMPLETES, "bg-never-completes", "background progress stops at 50%")          \
	X(IGNORE_ABORT, "ignore-abort", "acknowledges abort but keeps running")                   \
	X(NOT_READY, "not-ready", "Memory Device Status never reports the mailbox ready")             \
	X(DOORBELL_EARLY, "doorbell-early", "clears the doorbell 1 ms before the results are there")  \
	X(CEL_MISSING, "cel-missing", "reports no Command Effects Log")                              \
	X(CEL_EXTRA, "cel-extra", "its CEL lists a command it does not implement")                   \
	X(CORRUPT_RESERVED, "corrupt-reserved", "sets a reserved bit in responses that have one")   \
	X(EARLY_ANSWER, "early-answer", "signals completion before writing the output payload")    \
	X(LAX_LENGTH, "lax-length", "accepts requests of the wrong length (pads or cuts them)")     \
	X(ERROR_OUTPUT, "error-output", "error answers report 8 bytes of output")                    \
	X(LAX_BOUNDS, "lax-bounds", "answers out-of-range fields with Success and zeroed data")      \
	X(READ_HAS_EFFECT, "read-has-effect", "Get Timestamp (no effects) flips the shutdown state")   \
	X(CEL_BAD_EFFECTS, "cel-bad-effects", "CEL: no effects for any command, reserved bits set")   \
	X(BAD_REGISTERS, "bad-registers", "malformed capability array; media reported in error")     \
	X(BG_NO_BUSY, "bg-no-busy", "a background command while one runs restarts it, never Busy")  \
	X(ABORT_ANYTHING, "abort-anything", "Request Abort stops operations the CEL says it cannot")  \
	X(EVENT_CLEAR_IGNORED, "event-clear-ignored", "Clear Event Records succeeds, clears nothing") \
	X(EVENT_LOG_SLOPPY, "event-log-sloppy", "never flags overflow; Event Status sets every bit")  \
	X(POISON_CLEAR_NOOP, "poison-clear-noop", "Clear Poison succeeds, clears nothing")             \
	X(PASSPHRASE_ANY, "passphrase-any", "any passphrase is the right one")                        \
	X(FW_ANY_ORDER, "fw-any-order", "Transfer FW takes parts in any order, even after abort")     \
	X(TIMESTAMP_IGNORED, "timestamp-ignored", "Set Timestamp succeeds, sets nothing")             \
	X(FEATURE_ANY_ORDER, "feature-any-order", "Set Feature applies parts at once, in any order")             \
	X(BIND_NO_EFFECT, "bind-no-effect", "Bind vPPB succeeds, binds nothing")                      \
	X(TUNNEL_SLOPPY, "tunnel-sloppy", "tunnels to nowhere succeed; inner tags off at depth 2")    \
	X(BAD_IDENTITY, "bad-identity", "Identify, Get FW Info, Identify Memory Device inconsistent")  \
	X(FM_INCONSISTENT, "fm-inconsistent", "Identify Switch and Get LD Allocations miscount")      \
	X(GET_LOG_SLOPPY, "get-log-sloppy", "Get Log ignores the offset")                             \
	X(DC_RELEASE_IGNORED, "dc-release-ignored", "Release Dynamic Capacity succeeds, keeps it")

enum cxlmb_sim_quirk_bit {
#define CXLMB_SIM_Q_BIT(id, name, desc) CXLMB_SIM_QB_##id,
	CXLMB_SIM_QUIRKS(CXLMB_SIM_Q_BIT)
#undef CXLMB_SIM_Q_BIT
	CXLMB_SIM_QUIRK_COUNT
};
#define CXLMB_SIM_Q(id) (1u << CXLMB_SIM_QB_##id)

/* What sits behind the register block. */
enum cxlmb_sim_variant {
	CXLMB_SIM_TYPE3,  /* a Type-3 memory device's primary mailbox */
	CXLMB_SIM_SWITCH, /* a switch mailbox CCI and what its topology holds behind it */
};

/* CCI endpoints a command can reach (through Tunnel Management Commands). */
enum cxlmb_sim_endpoint {
	CXLMB_SIM_EP_TYPE3,  /* Type-3 mailbox, each LD of an MLD, an SLD */
	CXLMB_SIM_EP_SWITCH, /* the switch mailbox CCI */
	CXLMB_SIM_EP_FMLD,   /* an MLD's FM-owned LD CCI, behind its switch port */
	CXLMB_SIM_EP_LDPOOL, /* a multi-headed device's LD Pool CCI (tunnel target type 1) */
	CXLMB_SIM_EP_COUNT
};

/* The switch's topology: what each physical port holds, one entry per
 * port (cxlmb_sim_config.topology; NULL is the default below).  Each MLD
 * and SLD gets its own state: its LDs' (or its own) Type-3 state, and an
 * MLD its allocations, QoS and FM-owned LD CCI. */
enum cxlmb_sim_port_kind {
	CXLMB_SIM_PORT_EMPTY, /* a downstream port with nothing attached */
	CXLMB_SIM_PORT_USP,   /* the upstream port (port 0, and only there) */
	CXLMB_SIM_PORT_MLD,   /* a multi-logical Type-3 device with 'lds' LDs */
	CXLMB_SIM_PORT_SLD,   /* a single-logical Type-3 device */
	/* a head of the multi-headed device (MH-MLD): 'lds' of its LDs map to
	 * this head; every MHD port of a table is a head of the same device */
	CXLMB_SIM_PORT_MHD,
	CXLMB_SIM_PORT_KINDS
};
struct cxlmb_sim_port {
	uint8_t kind; /* enum cxlmb_sim_port_kind */
	uint8_t lds;  /* an MLD's (or MHD head's) LDs, 1..CXLMB_SIM_LDS_MAX; 0 for other kinds */
};
/* Compile-time bounds of a topology (the state is sized by them). */
#define CXLMB_SIM_PORTS_MAX 8u
#define CXLMB_SIM_LDS_MAX 4u   /* LDs per MLD, and of the MHD over all its heads */
#define CXLMB_SIM_MLDS_MAX 2u  /* MLDs, the MHD counting as one */
#define CXLMB_SIM_T3S_MAX 10u  /* Type-3 states: every MLD's LDs plus every SLD */
/* The default topology: port 0 upstream, 1 an MLD of 4 LDs (t3[0..3]),
 * 2 an SLD (t3[4]), 3 empty. */
#define CXLMB_SIM_PORTS 4u
#define CXLMB_SIM_MLD_PORT 1u
#define CXLMB_SIM_MLD_LDS 4u
#define CXLMB_SIM_SLD_PORT 2u
#define CXLMB_SIM_SLD_DEV CXLMB_SIM_MLD_LDS /* t3[] index of the SLD on port 2 */
extern const struct cxlmb_sim_port cxlmb_sim_default_topology[CXLMB_SIM_PORTS];
/* NULL if a topology of n ports is one the simulator can hold, else what
 * is wrong with it (init refuses such a table). */
const char *cxlmb_sim_topology_check(const struct cxlmb_sim_port *t, size_t n);
#define CXLMB_SIM_VPPBS 3u           /* in the switch's one virtual CXL switch */
#define CXLMB_SIM_MLD_LD_UNITS 4u    /* 256 MiB units an MLD has per LD it holds */
#define CXLMB_SIM_LSA_SIZE 4096u
#define CXLMB_SIM_POISON_MAX 32u      /* media error records the poison list holds */
#define CXLMB_SIM_INJECT_LIMIT 16u    /* injected records at a time */
#define CXLMB_SIM_CAPACITY (1ull << 30) /* 1 GiB: 4 x 256 MiB */
#define CXLMB_SIM_PASS_ATTEMPTS 3u
#define CXLMB_SIM_EVENT_LOGS 5u       /* informational, warning, failure, fatal, DC */
#define CXLMB_SIM_EVENT_LOG_DC 4u
#define CXLMB_SIM_EVENT_LOG_SIZE 16u  /* records each log holds */
/* Capacity in 256 MiB units: 1 volatile-only, 1 persistent-only, 2
 * partitionable in 256 MiB steps. */
#define CXLMB_SIM_CAP_TOTAL 4u
#define CXLMB_SIM_CAP_VOL_ONLY 1u
#define CXLMB_SIM_CAP_PERS_ONLY 1u
/* Dynamic capacity: regions above the static capacity, 256 MiB each. */
#define CXLMB_SIM_DC_REGIONS 2u
#define CXLMB_SIM_DC_REGION_LEN (256ull << 20)
#define CXLMB_SIM_DC_BLOCK (2ull << 20)
#define CXLMB_SIM_DC_EXTENTS 8u       /* extents the device can track */
#define CXLMB_SIM_DEBUG_LOG_SIZE 1024u /* vendor debug log text */
/* Features (0500h-0502h): patrol scrub control (changeable) and a
 * read-only vendor feature. */
#define CXLMB_SIM_SCRUB_MIN_HOURS 1u

struct cxlmb_sim_config {
	uint32_t variant;       /* enum cxlmb_sim_variant */
	uint32_t payload_shift; /* payload = 2^shift bytes, 8..20 (default 11: 2 KiB) */
	uint32_t quirks;        /* CXLMB_SIM_Q(...) bits */
	uint16_t forced_rc;     /* for FORCE_RC */
	uint64_t sanitize_ns;   /* virtual duration of Sanitize (default 10 ms) */
	/* SWITCH: the caller's topology, nports entries (copied at init);
	 * NULL is cxlmb_sim_default_topology */
	const struct cxlmb_sim_port *topology;
	uint32_t nports;
};

struct cxlmb_sim;
/* What a background operation does when it completes, with the argument
 * its start gave (which Type-3 device or LD, say). */
typedef void (*cxlmb_sim_bg_done)(struct cxlmb_sim *s, unsigned arg);

struct cxlmb_sim_bg {
	bool running;
	uint16_t opcode;
	uint8_t percent;
	uint16_t rc;
	uint64_t start_ns, duration_ns;
	cxlmb_sim_bg_done done; /* run by the engine at completion (not at abort) */
	/* run when the operation stops without completing (an abort, or a
	 * restart the bg-no-busy quirk allows): undoes what the start began */
	cxlmb_sim_bg_done abandon;
	unsigned arg;
};

/* One Type-3 device's state: the device itself, or one LD of the MLD. */
struct cxlmb_sim_t3 {
	uint64_t ts_base, ts_set_at; /* Set Timestamp value and when it was set */
	uint8_t dirty_shutdown;
	uint8_t lsa[CXLMB_SIM_LSA_SIZE];
	uint32_t lsa_dirty;          /* high-water mark, for O(touched) reset */
	struct { uint64_t dpa; uint32_t len; uint8_t source; } poison[CXLMB_SIM_POISON_MAX];
	uint32_t npoison;
	uint32_t poison_next;        /* where a Get Poison List with "more" resumes */
	uint8_t poison_overflow;     /* the list lost records (Get Poison List flags b1) */
	uint64_t poison_overflow_ts;
	struct {
		uint8_t rec[CXLMB_SIM_EVENT_LOG_SIZE][CXLMB_EVENT_RECORD_LEN];
		uint32_t count;
		uint16_t overflows;
		uint64_t first_overflow, last_overflow;
	} events[CXLMB_SIM_EVENT_LOGS];
	uint16_t next_handle;
	struct {
		uint8_t rev[2][16];     /* slot 1, slot 2 revisions ("" = empty) */
		uint8_t active, staged; /* 1-based; staged 0 = none */
		uint8_t xfer;           /* a multi-part transfer is open */
		uint32_t xfer_next;     /* next expected offset, 128-byte units */
		uint8_t xfer_rev[16];   /* first bytes of the image being sent */
	} fw;
	struct cxlmb_get_alert_config_rsp alerts;
	struct {
		uint64_t active_vol; /* 256 MiB units, volatile-only included */
		uint64_t next_vol;   /* applied at the next power cycle */
		uint8_t pending;
	} part;
	struct {
		uint64_t dpa, len;    /* the range of the running or last scan */
		uint8_t no_event_log, has_run;
		uint32_t nres, next;  /* errors found; next one Get Scan Media Results returns */
		struct { uint64_t dpa; uint32_t len; uint8_t source; } res[CXLMB_SIM_POISON_MAX];
	} scan;
	struct {
		uint8_t cycle, enabled;             /* current patrol scrub settings */
		uint8_t saved_cycle, saved_enabled; /* what survives a power cycle */
		uint8_t xfer, xfer_next;            /* a multi-part Set Feature is open */
		uint8_t staged[2];
	} scrub;
	struct {
		char text[CXLMB_SIM_DEBUG_LOG_SIZE];
		uint32_t len;
	} dbg;
	struct {
		struct cxlmb_sim_extent { uint64_t dpa, len; } pending[CXLMB_SIM_DC_EXTENTS],
			accepted[CXLMB_SIM_DC_EXTENTS];
		uint32_t npending, naccepted, generation;
	} dc;
	struct {
		uint8_t user_set, master_set, locked, frozen;
		uint8_t user_fails, master_fails;
		uint8_t user[32], master[32];
	} sec;
	struct cxlmb_sim_bg bg;      /* its background operation engine */
	uint8_t rsp_msg_limit;       /* Set Response Message Limit (log2) */
};

/* One MLD's own state, behind its FM-owned LD CCI (its LDs are t3[]
 * states); the multi-headed device's too, its LDs over all its heads. */
struct cxlmb_sim_mld {
	uint64_t alloc[CXLMB_SIM_LDS_MAX][2]; /* range 1/2 multipliers per LD */
	struct cxlmb_qos_control qos;
	struct cxlmb_sim_bg bg;               /* the FM-owned LD (or LD Pool) CCI's engine */
	uint8_t nlds, nheads;                 /* its LDs; heads (an MLD: 1) */
	uint8_t ld_t3[CXLMB_SIM_LDS_MAX];     /* each LD's state in t3[] */
	uint8_t ld_head[CXLMB_SIM_LDS_MAX];   /* the head each LD maps to */
	uint8_t head_port[CXLMB_SIM_LDS_MAX]; /* the switch port of each head */
};

/* A port as the model holds it: the caller's entry and where its state is. */
struct cxlmb_sim_port_state {
	uint8_t kind, lds; /* as in struct cxlmb_sim_port */
	uint8_t state;     /* Get Physical Port State: current port configuration state */
	uint8_t dev_type;  /* connected device type (0: none) */
	uint8_t dev;       /* its (first) Type-3 state in t3[] */
	uint8_t mld;       /* an MLD's (or MHD head's device's) state in mld[] */
	uint8_t ld0;       /* an MHD head: its first LD among the device's (an MLD: 0) */
};

struct cxlmb_sim {
	struct cxlmb_sim_config cfg;
	uint8_t *regs;          /* the register block (allocated once, at init) */
	uint32_t regs_len;
	uint32_t payload_size;
	uint32_t payload_dirty; /* high-water mark of payload bytes written */
	uint64_t now_ns;        /* virtual clock */
	struct cxlmb_sim_bg sw_bg; /* the switch mailbox CCI's background engine */
	uint32_t bg_active;     /* engines running an operation (idle: ticks cost nothing) */
	uint64_t commands;      /* commands executed */
	uint64_t pending_at;    /* DOORBELL_EARLY: when the deferred command runs (0: none) */
	uint8_t *scratch;       /* per-depth response buffers (allocated at init) */
	uint32_t scratch_stride;
	struct {
		uint8_t bytes[512]; /* Command Effects Log, generated from the handler table */
		uint32_t len;
		uint8_t log_entry[CXLMB_SUPPORTED_LOG_ENTRY_LEN]; /* its Get Supported Logs entry */
	} cel[CXLMB_SIM_EP_COUNT];
	/* the topology (SWITCH): ports, MLDs, Type-3 states in use */
	struct cxlmb_sim_port_state port[CXLMB_SIM_PORTS_MAX];
	uint32_t nports, nmld, nt3;
	/* the Type-3 device (variant TYPE3: t3[0]), or (SWITCH) every MLD's
	 * LDs and every SLD, where the topology puts them */
	struct cxlmb_sim_t3 t3[CXLMB_SIM_T3S_MAX];
	struct cxlmb_sim_mld mld[CXLMB_SIM_MLDS_MAX];
	struct {
		/* VCS 0's vPPBs: binding status (0 unbound, 1 in progress, 2 port,
		 * 3 LD), port, LD; the one a bind/unbind is changing */
		struct { uint8_t status, port, ld; } vppb[CXLMB_SIM_VPPBS];
		uint8_t op_vppb, op_status, op_port, op_ld;
		uint8_t was_status, was_port, was_ld; /* op_vppb before the operation */
	} vcs;
};

void cxlmb_sim_config_default(struct cxlmb_sim_config *cfg);
/* The endpoint behind the mailbox registers: the Type-3 device or the switch. */
static inline unsigned cxlmb_sim_root(const struct cxlmb_sim *s)
{
	return s->cfg.variant == CXLMB_SIM_SWITCH ? CXLMB_SIM_EP_SWITCH : CXLMB_SIM_EP_TYPE3;
}
/* The background engine behind the mailbox registers. */
static inline struct cxlmb_sim_bg *cxlmb_sim_root_bg(struct cxlmb_sim *s)
{
	return s->cfg.variant == CXLMB_SIM_SWITCH ? &s->sw_bg : &s->t3[0].bg;
}
/* Allocates the register block once; everything after is allocation-free. */
int cxlmb_sim_init(struct cxlmb_sim *s, const struct cxlmb_sim_config *cfg);
void cxlmb_sim_fini(struct cxlmb_sim *s);
/* Back to factory state, media included; costs O(bytes touched), not
 * O(block size) (what fuzzing uses between inputs). */
void cxlmb_sim_reset(struct cxlmb_sim *s);
/* Power cycle: registers and volatile state reset, media persists, a user
 * passphrase locks the device. */
void cxlmb_sim_power_cycle(struct cxlmb_sim *s);

/* Register backend over the simulated block (ctx = struct cxlmb_sim *). */
extern const struct cxlmb_backend_ops cxlmb_sim_ops;
/* Transport configuration matching the block's layout. */
void cxlmb_sim_mbox_config(const struct cxlmb_sim *s, struct cxlmb_mbox_config *cfg);

/* Raw register access without device side effects (tests, fault setup). */
void cxlmb_sim_poke32(struct cxlmb_sim *s, uint32_t off, uint32_t v);
void cxlmb_sim_poke64(struct cxlmb_sim *s, uint32_t off, uint64_t v);
uint64_t cxlmb_sim_peek64(const struct cxlmb_sim *s, uint32_t off);

/* Append an event record (type-specific bytes 'data', 50h bytes or NULL)
 * to a log; a full log counts an overflow instead. */
void cxlmb_sim_add_event(struct cxlmb_sim *s, unsigned log, const uint8_t uuid[16],
			 const uint8_t *data);

/* Dynamic capacity: the fabric manager offers an extent of region
 * 'region' (offset and length in bytes, block aligned) to the host: it is
 * recorded as pending and announced in the Dynamic Capacity event log.
 * Returns CXLMB_E_OK, or CXLMB_E_INVALID_ARG if it is out of the region,
 * misaligned, overlapping or there is no room. */
int cxlmb_sim_dc_offer(struct cxlmb_sim *s, unsigned region, uint64_t offset, uint64_t len);

/* The device finds an uncorrectable error itself (patrol scrub, a host
 * read): it joins the poison list as an internal record, with a General
 * Media event; a full list overflows instead. */
void cxlmb_sim_media_error(struct cxlmb_sim *s, uint64_t dpa);

/* The model's invariants: NULL if they hold, else which one is broken. */
const char *cxlmb_sim_check(const struct cxlmb_sim *s);

/* Switch quirks on or off on a running device (and force-rc's code):
 * takes effect from the next command; the logs built from the quirk word
 * (the CEL) are rebuilt. */
void cxlmb_sim_set_quirks(struct cxlmb_sim *s, uint32_t quirks, uint16_t forced_rc);

/* Quirk names: lookup by name (-1 if unknown), and iteration. */
int cxlmb_sim_quirk_by_name(const char *name);
const char *cxlmb_sim_quirk_name(unsigned bit);
const char *cxlmb_sim_quirk_desc(unsigned bit);

/* Run the command in the mailbox registers (the doorbell handler). */
void cxlmb_sim_execute(struct cxlmb_sim *s);
/* Run one command at an endpoint, message level: decode, handle, encode.
 * Returns the return code; *out_len the response bytes written to out. */
uint16_t cxlmb_sim_run(struct cxlmb_sim *s, unsigned ep, uint16_t opcode, const uint8_t *in,
		       uint32_t in_len, uint8_t *out, uint32_t out_cap, uint32_t *out_len);
/* NULL if every endpoint's handler table is ascending, has no opcode twice
 * and lists only opcodes of the catalog, else what is wrong (init refuses
 * to start with a broken table). */
const char *cxlmb_sim_tables_check(void);
/* Opcodes an endpoint implements, ascending (its CEL is generated from it). */
size_t cxlmb_sim_ep_command_count(unsigned ep);
uint16_t cxlmb_sim_ep_command_at(unsigned ep, size_t i);
/* The Type-3 endpoint's list (the default device). */
size_t cxlmb_sim_command_count(void);
uint16_t cxlmb_sim_command_at(size_t i);

#endif
