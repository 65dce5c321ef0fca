// When a panel fails to draw, only that panel is replaced, by one line saying what failed and a
// "Recover" button that draws it again. The learner's session lives in the stores, outside React,
// so nothing they had is lost: training goes on, and the other panels stay.

import { Component, type ReactNode } from 'react';

interface Props {
  /** The panel's name, as the learner knows it: "Network", "Learning curves". */
  name: string;
  /** The workspace grid area the panel occupies, so its replacement stands in the same place. */
  area?: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by Recover, so the panel mounts afresh rather than reusing the state that failed. */
  attempt: number;
}

export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private recover = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  render() {
    const { error, attempt } = this.state;
    if (error) {
      return (
        <section className="panel panel-failed" role="alert" aria-label={`${this.props.name} (failed)`} style={this.props.area ? { gridArea: this.props.area } : undefined}>
          <p>
            <strong>The {this.props.name} panel failed to draw</strong> ({error.message || error.name}). Your network and training are safe.
          </p>
          <button type="button" className="button primary" onClick={this.recover}>
            Recover
          </button>
        </section>
      );
    }
    return <Frag key={attempt}>{this.props.children}</Frag>;
  }
}

/** A keyed wrapper, so Recover remounts the children. */
function Frag({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
