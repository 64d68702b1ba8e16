/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* pci: through a fake sysfs tree: the happy path (with a device behind
 * shared memory answering Identify Memory Device and LSA writes) and every
 * refusal, each one line, each before any register is touched. */
#include "backend_fixture.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

static struct cxlmb_sim sim;
static struct cxlmb_sim_config scfg;
static uint8_t cfg[4096];
static char err[512];

static int setup(void **state)
{
	(void)state;
	fx_mkdtemp();
	cxlmb_sim_config_default(&scfg);
	if (cxlmb_sim_init(&sim, &scfg))
		return -1;
	fx_type3_config(cfg);
	fx_sysfs(&sim, cfg);
	err[0] = 0;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_sim_fini(&sim);
	fx_rmtree();
	unsetenv(CXLMB_SYSFS_ROOT_ENV);
	return 0;
}

static void rewrite_config(void)
{
	char p[600];
	fx_path(p, sizeof(p), "config");
	fx_write_file(p, cfg, sizeof(cfg));
}

/* A refusal: status 2, the message names what is wrong, one line, and the
 * register block is byte for byte what it was (nothing was written). */
static void expect_refusal(const char *bdf, const struct cxlmb_host_opts *o, const char *words)
{
	struct cxlmb_hostdev d;
	char p[600];
	uint8_t before[4096], after[4096];
	FILE *f;
	size_t nb = 0, na = 0;

	fx_path(p, sizeof(p), "resource2");
	if ((f = fopen(p, "rb"))) {
		nb = fread(before, 1, sizeof(before), f);
		fclose(f);
	}
	assert_int_equal(cxlmb_pci_open(bdf, o, &d, err, sizeof(err)), CXLMB_HOST_REFUSED);
	if (!strstr(err, words))
		fail_msg("refusal '%s' does not say '%s'", err, words);
	assert_null(strchr(err, '\n'));
	assert_null(d.io.map);
	if ((f = fopen(p, "rb"))) {
		na = fread(after, 1, sizeof(after), f);
		fclose(f);
	}
	assert_int_equal(na, nb);
	assert_memory_equal(before, after, nb);
}

static void test_opens_qemu_like_device(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_mbox mb;

	assert_int_equal(cxlmb_pci_open(FX_BDF, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(d.class_code, 0x050210);
	assert_int_equal(d.bir, 2);
	assert_int_equal(d.offset, 0);
	assert_false(d.is_switch_cci);
	assert_string_equal(d.driver, "");
	assert_int_equal(d.io.len, 4096);
	assert_true(d.regs.primary_mbox.present);
	assert_int_equal(d.mcfg.mbox_off, CXLMB_SIM_MBOX_OFF);
	assert_int_equal(d.mcfg.memdev_status_off, CXLMB_SIM_MEMDEV_STATUS_OFF);
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(mb.payload_size, sim.payload_size);
	cxlmb_hostdev_close(&d);
	/* the short form takes domain 0 */
	assert_int_equal(cxlmb_pci_open("0d:00.0", NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	cxlmb_hostdev_close(&d);
}

static void test_commands_reach_the_device(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_identify_memdev_rsp id;
	uint8_t out[2048], direct[2048], lsa_in[8 + 200], lsa_get[8];
	uint32_t direct_len = 0;
	char p[600];
	struct cxlmb_host_opts o = { .cmd_timeout_ms = 2000 };

	fx_path(p, sizeof(p), "resource2");
	pid_t dev = fx_device_start(p, 0, &scfg);
	assert_true(dev > 0);
	assert_int_equal(cxlmb_pci_open(FX_BDF, &o, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_int_equal(cxlmb_hostdev_mbox_init(&d, &mb, err, sizeof(err)), CXLMB_HOST_OK);

	/* Identify Memory Device over the mapped BAR, byte for byte what the
	 * model answers directly */
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4000, NULL, 0, out, sizeof(out), &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(cxlmb_sim_run(&sim, CXLMB_SIM_EP_TYPE3, 0x4000, NULL, 0, direct,
				       sizeof(direct), &direct_len), CXLMB_RC_SUCCESS);
	assert_int_equal(res.out_len, direct_len);
	assert_memory_equal(out, direct, direct_len);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(out, res.copied, CXLMB_STRICT, &id), 0);
	assert_true(id.total_capacity == CXLMB_SIM_CAPACITY >> 28);
	assert_int_equal(id.lsa_size, CXLMB_SIM_LSA_SIZE);

	/* Set LSA (4103h) then Get LSA (4102h): an odd-length payload both
	 * ways through 32-bit words */
	memset(lsa_in, 0, 8);
	fx_put32(lsa_in, 16); /* offset */
	for (unsigned i = 0; i < 199; i++)
		lsa_in[8 + i] = (uint8_t)(i * 7 + 1);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4103, lsa_in, 8 + 199, NULL, 0, &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	fx_put32(lsa_get, 16);
	fx_put32(lsa_get + 4, 199);
	assert_int_equal(cxlmb_mbox_send(&mb, 0x4102, lsa_get, 8, out, sizeof(out), &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(res.out_len, 199);
	assert_memory_equal(out, lsa_in + 8, 199);

	/* a device error comes back as a return code, not a transport error */
	assert_int_equal(cxlmb_mbox_send(&mb, 0xCAFE, NULL, 0, out, sizeof(out), &res), CXLMB_E_OK);
	assert_int_equal(res.rc, CXLMB_RC_UNSUPPORTED);

	cxlmb_hostdev_close(&d);
	fx_device_stop(dev);
}

static void test_refuses_bad_addresses_and_missing_devices(void **state)
{
	(void)state;
	expect_refusal("0000:0d:00", NULL, "bad PCI address");
	expect_refusal("zz:00.0", NULL, "bad PCI address");
	expect_refusal("0000:0d:20.0", NULL, "bad PCI address");
	expect_refusal("", NULL, "bad PCI address");
	expect_refusal("0000:0e:00.0", NULL, "no PCI device 0000:0e:00.0");
}

/* cxlmb_pci_open as an unprivileged user (uid/gid 65534) in a child:
 * its status, and its message in msg. */
static int open_as_nobody(char *msg, size_t n)
{
	struct cxlmb_hostdev d;
	int fds[2], st;
	ssize_t r;

	if (geteuid() != 0) {
		st = cxlmb_pci_open(FX_BDF, NULL, &d, msg, n);
		cxlmb_hostdev_close(&d);
		return st;
	}
	assert_int_equal(pipe(fds), 0);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		if (setgid(65534) || setuid(65534))
			_exit(99);
		st = cxlmb_pci_open(FX_BDF, NULL, &d, msg, n);
		if (write(fds[1], msg, strlen(msg) + 1) < 0)
			_exit(98);
		_exit(st);
	}
	close(fds[1]);
	r = read(fds[0], msg, n - 1);
	msg[r > 0 ? r : 0] = 0;
	close(fds[0]);
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_refuses_without_root(void **state)
{
	(void)state;
	char p[600], cmd[700];

	snprintf(cmd, sizeof(cmd), "chmod -R a+rX '%s'", fx_dir);
	assert_int_equal(system(cmd), 0);
	/* a config file the user may not read at all */
	fx_path(p, sizeof(p), "config");
	assert_int_equal(chmod(p, 0600), 0);
	assert_int_equal(open_as_nobody(err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "Permission denied (not root?)"));
	/* sysfs gives a non-root reader the first 64 bytes only */
	fx_write_file(p, cfg, 64);
	assert_int_equal(chmod(p, 0644), 0);
	assert_int_equal(open_as_nobody(err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "extended configuration space needs root"));
	/* root, but a function without extended configuration space */
	if (geteuid() == 0)
		expect_refusal(FX_BDF, NULL, "no extended configuration space");
	/* config readable, BAR not: the mapping needs root */
	fx_write_file(p, cfg, sizeof(cfg));
	fx_path(p, sizeof(p), "resource2");
	assert_int_equal(chmod(p, 0644), 0);
	assert_int_equal(open_as_nobody(err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "resource2: Permission denied (not root?)"));
	/* a config file shorter than the PCI header */
	fx_path(p, sizeof(p), "config");
	fx_write_file(p, cfg, 32);
	expect_refusal(FX_BDF, NULL, "less than a PCI configuration header");
}

static void test_refuses_other_class_codes(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;

	fx_put32(cfg + 0x08, 0x01080201); /* an NVMe controller */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "class code 010802h");
	fx_put32(cfg + 0x08, 0x05021101); /* CXL memory device class, prog-if 11h */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "class code 050211h");
	/* a switch mailbox CCI is welcome */
	fx_put32(cfg + 0x08, 0x0C0B0001);
	rewrite_config();
	assert_int_equal(cxlmb_pci_open(FX_BDF, NULL, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_true(d.is_switch_cci);
	cxlmb_hostdev_close(&d);
}

static void test_refuses_a_bound_driver_unless_forced(void **state)
{
	(void)state;
	struct cxlmb_hostdev d;
	struct cxlmb_host_opts force = { .force = true };
	char p[600];

	fx_path(p, sizeof(p), "driver");
	assert_int_equal(symlink("../../../../bus/pci/drivers/cxl_pci", p), 0);
	expect_refusal(FX_BDF, NULL, "bound to kernel driver 'cxl_pci'");
	assert_int_equal(cxlmb_pci_open(FX_BDF, &force, &d, err, sizeof(err)), CXLMB_HOST_OK);
	assert_string_equal(d.driver, "cxl_pci");
	cxlmb_hostdev_close(&d);
}

static void test_refuses_memory_decoding_off(void **state)
{
	(void)state;
	cfg[0x04] &= (uint8_t)~0x2u;
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "memory space decoding off");
}

static void test_refuses_without_a_device_register_block(void **state)
{
	(void)state;
	fx_put32(cfg + FX_REGLOC_MEMDEV, 0x00000402); /* a CPMU block instead */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "no CXL device register block");
	/* no Register Locator at all */
	fx_type3_config(cfg);
	fx_put32(cfg + 0x140, 0x0007);
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "no CXL device register block");
}

static void test_refuses_a_locator_outside_the_bar(void **state)
{
	(void)state;
	fx_put32(cfg + FX_REGLOC_MEMDEV, 0x00010302); /* offset 64 KiB in a 4 KiB BAR */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "outside BAR 2 (4096 bytes)");
	fx_put32(cfg + FX_REGLOC_MEMDEV, 0x00000306); /* BIR 6: no such BAR (discovery rejects it) */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "Register Locator DVSEC: BAD_DVSEC");
	fx_put32(cfg + FX_REGLOC_MEMDEV, 0x00000304); /* BAR 4: no resource4 */
	rewrite_config();
	expect_refusal(FX_BDF, NULL, "BAR 4 is not there");
}

static void test_refuses_a_resource_shorter_than_the_block(void **state)
{
	(void)state;
	char p[600];
	/* the capabilities array says the mailbox runs to 0x100 + 0x20 + 2 KiB */
	fx_path(p, sizeof(p), "resource2");
	assert_int_equal(truncate(p, 0x400), 0);
	expect_refusal(FX_BDF, NULL, "shorter than the register block");
	assert_int_equal(truncate(p, 0x10), 0);
	expect_refusal(FX_BDF, NULL, "shorter than the register block");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_opens_qemu_like_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_commands_reach_the_device, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_bad_addresses_and_missing_devices, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_without_root, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_other_class_codes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_a_bound_driver_unless_forced, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_memory_decoding_off, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_without_a_device_register_block, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_a_locator_outside_the_bar, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_a_resource_shorter_than_the_block, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
