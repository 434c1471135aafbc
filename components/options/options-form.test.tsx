// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OptionsClient, OptionsForm } from './options-form';

afterEach(cleanup);

function fakeClient(): OptionsClient {
  return {
    load: vi.fn(async () => 'http://127.0.0.1:8787'),
    save: vi.fn(async (url: string) => ({ ok: true as const, value: url })),
    test: vi.fn(async () => ({ ok: true, message: 'Connected to the Parallax backend 0.1.0.' })),
    loadLookupMode: vi.fn(async () => 'private' as const),
    saveLookupMode: vi.fn(async () => {}),
  };
}

async function typeUrl(value: string) {
  const input = (await screen.findByDisplayValue('http://127.0.0.1:8787')) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
}

describe('OptionsForm', () => {
  it('refuses to save an address that is not an absolute http(s) URL', async () => {
    const client = fakeClient();
    render(<OptionsForm client={client} />);
    await typeUrl('localhost:8787');
    fireEvent.click(screen.getByTestId('save'));
    expect((await screen.findByTestId('backend-url-error')).textContent).toMatch(/http:\/\//);
    expect(screen.getByTestId('backend-url').getAttribute('aria-invalid')).toBe('true');
    expect(client.save).not.toHaveBeenCalled();
  });

  it('saves a valid address and says so', async () => {
    const client = fakeClient();
    render(<OptionsForm client={client} />);
    await typeUrl('https://parallax.example.org');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('options-status').textContent).toMatch(/Saved/));
    expect(client.save).toHaveBeenCalledWith('https://parallax.example.org');
  });

  it('tests the connection and shows the answer', async () => {
    const client = fakeClient();
    client.test = vi.fn(async () => ({ ok: false, message: "Can't reach the Parallax backend." }));
    render(<OptionsForm client={client} />);
    await screen.findByDisplayValue('http://127.0.0.1:8787');
    fireEvent.click(screen.getByTestId('test-connection'));
    await waitFor(() =>
      expect(screen.getByTestId('options-status').textContent).toBe(
        "Can't reach the Parallax backend.",
      ),
    );
    expect(client.test).toHaveBeenCalledWith('http://127.0.0.1:8787');
  });

  it('starts private and saves the lookup mode the reader picks', async () => {
    const client = fakeClient();
    render(<OptionsForm client={client} />);
    await typeUrl('http://127.0.0.1:8787');
    const privateChoice = screen.getByTestId('lookup-mode-private') as HTMLInputElement;
    await waitFor(() => expect(privateChoice.checked).toBe(true));
    fireEvent.click(screen.getByTestId('lookup-mode-full'));
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(client.saveLookupMode).toHaveBeenCalledWith('full'));
  });
});
