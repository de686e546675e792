import { Button, Result } from 'antd';
import { Component, ErrorInfo, ReactNode } from 'react';
import { i18n } from '../lib/i18n';

interface ErrorBoundaryState {
  error: Error | null;
}

/** Catches rendering errors so one broken screen does not blank the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="500"
        title={i18n.t('errors.crashTitle')}
        subTitle={i18n.t('errors.crashHelp')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {i18n.t('errors.reload')}
          </Button>
        }
      />
    );
  }
}
