// Runs a command with an OS keychain available. On Linux without a session bus (CI, SSH, a
// container) it starts a private D-Bus session with an unlocked gnome-keyring Secret Service,
// so keychain code is tested against the real thing, never a mock.
import { spawn, spawnSync } from 'node:child_process';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: with-keyring <command> [args...]');
  process.exit(2);
}

const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
const needsPrivateSession = process.platform === 'linux' && process.env.BITRADE_KEYRING_READY !== '1';

let child;
if (needsPrivateSession) {
  if (!has('dbus-run-session') || !has('gnome-keyring-daemon')) {
    console.error('The keychain tests need a Secret Service: install the Debian packages dbus and gnome-keyring (.ci/run does).');
    process.exit(1);
  }
  // The daemon reads the login password from stdin to create and unlock the default collection.
  const script = 'printf "bitrade-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
  child = spawn('dbus-run-session', ['--', 'sh', '-c', script, 'sh', ...command], {
    stdio: 'inherit',
    env: { ...process.env, BITRADE_KEYRING_READY: '1' },
  });
} else {
  child = spawn(command[0]!, command.slice(1), { stdio: 'inherit' });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
