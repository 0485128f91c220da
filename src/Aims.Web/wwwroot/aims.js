// Small browser helpers for the Blazor UI, loaded as a module on demand (no external library, works offline).

// Saves generated text (e.g. a CSV export) as a file without a server round trip.
export function saveText(fileName, contentType, text) {
    const blob = new Blob([text], { type: contentType });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoke later: revoking synchronously can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Updates the address bar to a shareable deep link without a Blazor navigation (which would scroll and refocus).
export function replaceUrl(url) {
    history.replaceState(history.state, "", url);
}

// Copies text (e.g. a new API token) to the clipboard and reports whether that worked, never throws. Where the
// Clipboard API is missing (a plain-HTTP installation is no secure context) or refused, the older copy command is
// tried on the field that shows the text; if that fails too, the field's text stays selected, so the page can say
// "press Ctrl+C" and the person only has to press it.
export async function copyText(text, fieldId) {
    if (navigator.clipboard && window.isSecureContext) {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            // Refused (permission, no focus): fall back below.
        }
    }
    const field = fieldId ? document.getElementById(fieldId) : null;
    if (!field) {
        return false;
    }
    field.focus();
    field.select();
    try {
        return document.execCommand("copy") === true;
    } catch {
        return false;
    }
}

// What the form fields held at the moment a Save button was pressed. A button declares the fields it saves with
// data-reads-fields="id id …"; this listener runs in the capture phase, before Blazor sends the click to the server,
// so the snapshot is exactly what the person saw when they pressed it. The server reads it back a round trip later,
// by which time they may already be typing again: reading the live fields then would save keystrokes made after the
// press (it once registered a system with a name typed after "Register" had answered "Name is required.").
const pressed = new Map();

function valuesOf(ids) {
    const values = {};
    for (const id of ids) {
        const element = document.getElementById(id);
        values[id] = element ? element.value : null;
    }
    return values;
}

document.addEventListener("click", event => {
    const button = event.target instanceof Element ? event.target.closest("[data-reads-fields]") : null;
    if (button && button.id) {
        pressed.set(button.id, valuesOf(button.dataset.readsFields.split(" ").filter(id => id)));
    }
}, true);

// Reads the form fields as a stream, so Save uses what the person saw: the server's copy may be stale if an input event
// was lost (a dropped connection), and a stream is not bound by the circuit's message size, however long the text.
// With pressedButtonId, the values captured when that button was pressed (once; the live values if there is none, e.g.
// the module was loaded after the press). Missing fields are null.
export function readFieldValues(ids, pressedButtonId) {
    const snapshot = pressedButtonId ? pressed.get(pressedButtonId) : undefined;
    if (pressedButtonId) {
        pressed.delete(pressedButtonId);
    }
    const values = snapshot ?? valuesOf(ids);
    // A typed array: .NET asked for an IJSStreamReference, so Blazor streams it in chunks.
    return new TextEncoder().encode(JSON.stringify(values));
}

// Posts a multipart upload straight from the browser to the API, so the file streams over HTTP to the upload endpoint
// instead of through the Blazor circuit (which would hold it in server memory). The text fields go first: the API
// checks them before it reads a byte of the file. The session cookie signs the request and the page's antiforgery
// token, in the header the API reads, proves it came from our own page. Never throws: the status and body go back
// to .NET, which shows the API's problem messages on the form (status 0: the browser could not send it at all).
export async function uploadForm(url, fields, fileInputId, tokenHeader, token, method) {
    const input = document.getElementById(fileInputId);
    const file = input && input.files && input.files.length > 0 ? input.files[0] : null;
    if (!file) {
        return { status: -1, body: "" };
    }
    const form = new FormData();
    for (const field of fields) {
        form.append(field.name, field.value);
    }
    form.append("file", file, file.name);
    try {
        const response = await fetch(url, {
            method: method || "POST",
            body: form,
            credentials: "same-origin",
            headers: { [tokenHeader]: token, "Accept": "application/json, application/problem+json" },
        });
        return { status: response.status, body: await response.text() };
    } catch (error) {
        return { status: 0, body: String(error) };
    }
}

// The name of the file chosen in a file input, or null (Blazor's change event only carries a browser-made path).
export function chosenFile(fileInputId) {
    const input = document.getElementById(fileInputId);
    const file = input && input.files && input.files.length > 0 ? input.files[0] : null;
    return file ? { name: file.name, size: file.size } : null;
}
